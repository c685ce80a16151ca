package org.ketapath;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Repository;

@AnalyzeClasses(packages = "org.ketapath", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule repositories_are_not_public = classes()
            .that()
            .haveSimpleNameEndingWith("Repository")
            .or()
            .areAnnotatedWith(Repository.class)
            .should()
            .notBePublic()
            .allowEmptyShould(true)
            .because("a module's data access stays inside the module; other modules go through its API");

    @ArchTest
    static final ArchRule domain_does_not_reach_into_web = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.ketapath..web..")
            .allowEmptyShould(true)
            .because("the domain must not know how it is shown");

    @ArchTest
    static final ArchRule controllers_are_not_public = classes()
            .that()
            .areAnnotatedWith(org.springframework.stereotype.Controller.class)
            .or()
            .areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
            .should()
            .notBePublic()
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule no_field_injection = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
            .because("constructor injection with final fields only");

    @ArchTest
    static final ArchRule fhir_types_stay_inside_interop = noClasses()
            .that()
            .resideOutsideOfPackage("org.ketapath.interop..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("ca.uhn.fhir..", "org.hl7.fhir..")
            .because("HAPI FHIR is a library at the edge: FHIR types stay inside the interop module");

    @ArchTest
    static final ArchRule one_fhir_context = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("org.ketapath.interop.fhir.FhirConfiguration")
            .should()
            .callMethod("ca.uhn.fhir.context.FhirContext", "forR4")
            .orShould()
            .callMethod("ca.uhn.fhir.context.FhirContext", "forR4Cached")
            .orShould()
            .callConstructor("ca.uhn.fhir.context.FhirContext", "ca.uhn.fhir.context.FhirVersionEnum")
            .because("building a FhirContext is expensive: the application has one, a bean of FhirConfiguration");
}
