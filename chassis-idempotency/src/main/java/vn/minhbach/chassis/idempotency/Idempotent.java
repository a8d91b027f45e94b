package vn.minhbach.chassis.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on a resource class (or method): each of its {@code POST}, {@code PUT}, {@code PATCH} and
 * {@code DELETE} methods runs in one transaction and honours {@code Idempotency-Key} (issue 19.6), see
 * {@link IdempotentInterceptor}. {@code ResourceConventionsTest} of each service fails for a resource
 * class with a state-changing method and without this annotation, so no endpoint can forget it.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
