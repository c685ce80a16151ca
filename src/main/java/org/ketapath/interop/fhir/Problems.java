package org.ketapath.interop.fhir;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;

/** The refusals the facade answers with (HAPI turns each into an OperationOutcome with its status). */
final class Problems {

    private Problems() {}

    /** 400 naming the parameter; the value sent is never echoed. */
    static InvalidRequestException invalid(String parameter, String rule) {
        String text = "Parameter '" + parameter + "' " + rule + ".";
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.INVALID)
                .setDiagnostics(text)
                .addExpression(parameter);
        return new InvalidRequestException(text, outcome);
    }

    /** 404 for a resource that does not exist or that the caller may not see (the same answer for both). */
    static ResourceNotFoundException notFound(IdType id) {
        return new ResourceNotFoundException(id.getResourceType() + " not found");
    }
}
