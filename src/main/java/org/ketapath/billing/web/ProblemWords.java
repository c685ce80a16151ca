package org.ketapath.billing.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ketapath.billing.domain.BillingRefusal;

/** Billing's field problems as sentences people read on a page ("Clinic tax id is missing: ..."). */
final class ProblemWords {

    private ProblemWords() {}

    static Map<String, String> of(List<BillingRefusal.Problem> problems, Map<String, String> formFields) {
        Map<String, String> errors = new LinkedHashMap<>();
        int n = 0;
        for (BillingRefusal.Problem p : problems) {
            String id = formFields.getOrDefault(p.field(), "problem-" + n++);
            errors.merge(id, label(p.field()) + " " + p.message(), (a, b) -> a + " " + b);
        }
        return errors;
    }

    static String label(String field) {
        if (field.equals("clinic.taxId")) {
            return "The clinic's tax id";
        }
        if (field.equals("patient.address")) {
            return "The patient's postal address";
        }
        if (field.endsWith(".npi")) {
            return "The NPI";
        }
        if (field.endsWith(".licence")) {
            return "The state licence";
        }
        if (field.endsWith(".diagnosis")) {
            return "A diagnosis";
        }
        if (field.endsWith(".sessionRecord")) {
            return "The session record";
        }
        if (field.endsWith(".infusionStop")) {
            return "The infusion's stop time";
        }
        if (field.endsWith(".codes")) {
            return "The codes:";
        }
        if (field.equals("period")) {
            return "The period";
        }
        if (field.startsWith("priceList")) {
            return "The price list";
        }
        if (field.startsWith("diagnoses")) {
            return "Diagnosis";
        }
        return switch (field) {
            case "from" -> "From";
            case "to" -> "To";
            case "clinicId" -> "The clinic";
            case "emCode" -> "E/M code";
            case "placeOfService" -> "Place of service";
            case "paidOn" -> "Date paid";
            case "amountUsd" -> "Amount";
            case "method" -> "How it was paid";
            case "reference" -> "Reference";
            case "reason" -> "Reason";
            default -> "This";
        };
    }
}
