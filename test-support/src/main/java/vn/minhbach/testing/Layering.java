package vn.minhbach.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The domain kept apart from the web, checked on a service's compiled classes ({@code target/classes}) by a
 * plain JUnit test, so the next change cannot quietly undo it:
 * <ul>
 * <li>nothing outside a {@code rest} package depends on a type of a {@code rest} package: services take
 * commands and return domain results; only resources know requests and responses;</li>
 * <li>no resource reads or writes the database itself (no {@code EntityManager}, no Panache query or
 * persistence call): queries live in per-aggregate query classes and business steps in services.</li>
 * </ul>
 * Each method returns the violations as readable lines (empty when the rule holds).
 */
public final class Layering {

    /** Panache's static queries and persistence calls, by method name, on an entity or a repository. */
    private static final Set<String> PANACHE_DATA_ACCESS = Set.of("find", "findAll", "findById", "findByIdOptional",
            "list", "listAll", "stream", "streamAll", "count", "delete", "deleteAll", "deleteById", "update",
            "persist", "persistAndFlush", "flush", "getEntityManager", "getSession");
    private static final List<String> PANACHE_TYPES = List.of(
            "io.quarkus.hibernate.orm.panache.PanacheEntityBase",
            "io.quarkus.hibernate.orm.panache.PanacheRepositoryBase");

    private Layering() {
    }

    private static JavaClasses compiled(String basePackage) {
        return new ClassFileImporter().importPath(Path.of("target", "classes")).that(
                DescribedPredicate.describe("in " + basePackage, c -> c.getPackageName().startsWith(basePackage)));
    }

    /** Classes outside {@code ..rest..} of {@code basePackage} that use a type of a {@code rest} package. */
    public static List<String> domainDependingOnWeb(String basePackage) {
        JavaClasses classes = compiled(basePackage);
        if (classes.isEmpty()) {
            throw new IllegalStateException("no compiled class of " + basePackage + " under target/classes");
        }
        EvaluationResult result = noClasses().that().resideOutsideOfPackage("..rest..")
                .should().dependOnClassesThat().resideInAPackage(basePackage + "..rest..")
                .allowEmptyShould(true).evaluate(classes);
        return result.getFailureReport().getDetails();
    }

    /** Resources ({@code ..rest..} of {@code basePackage}) that reach the database themselves. */
    public static List<String> resourcesAccessingData(String basePackage) {
        JavaClasses classes = compiled(basePackage);
        DescribedPredicate<JavaAccess<?>> dataAccess = DescribedPredicate.describe("a database access",
                a -> a.getTargetOwner().isAssignableTo("jakarta.persistence.EntityManager")
                        || a.getTargetOwner().isAssignableTo("org.hibernate.Session")
                        || (PANACHE_DATA_ACCESS.contains(a.getName())
                                && PANACHE_TYPES.stream().anyMatch(t -> a.getTargetOwner().isAssignableTo(t))));
        EvaluationResult result = noClasses().that().resideInAPackage(basePackage + "..rest..")
                .should().accessTargetWhere(dataAccess)
                .orShould().dependOnClassesThat().areAssignableTo("jakarta.persistence.EntityManager")
                .allowEmptyShould(true).evaluate(classes);
        return result.getFailureReport().getDetails();
    }
}
