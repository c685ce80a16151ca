package org.ketapath.interop;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The HAPI FHIR validator with the R4 core package and the Da Vinci PDex Plan-Net 1.2.0 package (an NPM package
 * kept in test resources; US Core is not served by the registries this project reaches, so profiles that build
 * on it are checked against Plan-Net's snapshots, which already contain US Core's rules). Code systems the
 * validator cannot hold in memory (LOINC, NUCC) are checked for form, with a warning, not against the terminology.
 */
public final class FhirValidation {

    static final String PLAN_NET = "fhir/packages/hl7.fhir.us.davinci-pdex-plan-net-1.2.0.tgz";

    private static FhirValidator validator;

    private FhirValidation() {}

    static synchronized FhirValidator validator() {
        if (validator == null) {
            FhirContext fhir = FhirContext.forR4Cached();
            NpmPackageValidationSupport packages = new NpmPackageValidationSupport(fhir);
            try {
                packages.loadPackageFromClasspath("classpath:" + PLAN_NET);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            UnknownCodeSystemWarningValidationSupport unknownCodeSystems =
                    new UnknownCodeSystemWarningValidationSupport(fhir);
            unknownCodeSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
            ValidationSupportChain chain = new ValidationSupportChain(
                    packages,
                    new DefaultProfileValidationSupport(fhir),
                    new CommonCodeSystemsTerminologyService(fhir),
                    new InMemoryTerminologyServerValidationSupport(fhir),
                    new SnapshotGeneratingValidationSupport(fhir),
                    unknownCodeSystems);
            FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
            FhirValidator built = fhir.newValidator();
            built.registerValidatorModule(instanceValidator);
            validator = built;
        }
        return validator;
    }

    /** The errors (and fatal issues) the validator finds in the resource: empty when it is valid. */
    public static List<String> errors(IBaseResource resource) {
        ValidationResult result = validator().validateWithResult(resource);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage message) {
        return message.getLocationString() + ": " + message.getMessage();
    }
}
