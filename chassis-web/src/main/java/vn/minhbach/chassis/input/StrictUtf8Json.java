package vn.minhbach.chassis.input;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Every JSON body a service reads must be well-formed UTF-8 (RFC 8259 section 8.1). The application's
 * {@link ObjectMapper} (the one Quarkus REST reads request bodies with) gets an input decorator that
 * checks the raw bytes while Jackson reads them; text that is already a Java string (a Kafka value
 * decoded by its deserializer) is left alone.
 */
@Singleton
public class StrictUtf8Json implements ObjectMapperCustomizer {

    @Override
    @SuppressWarnings("deprecation") // the mapper is built by Quarkus; its factory can only be changed in place
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setInputDecorator(new Utf8Check());
    }

    static final class Utf8Check extends InputDecorator {

        @Override
        public InputStream decorate(IOContext context, InputStream in) {
            return new Utf8ValidatingInputStream(in);
        }

        @Override
        public InputStream decorate(IOContext context, byte[] source, int offset, int length) {
            return new Utf8ValidatingInputStream(new ByteArrayInputStream(source, offset, length));
        }

        @Override
        public Reader decorate(IOContext context, Reader reader) throws IOException {
            return reader;
        }
    }
}
