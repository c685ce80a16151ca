package org.ketapath.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Anonymous assessment results taken over the public API, for tests that carry or share one. */
public final class TestAssessments {

    /** A complete, valid assessment: depression, PHQ-9 total 8, no safety concerns, no medications. */
    public static final String DEPRESSION = """
            {"condition":"DEPRESSION","ageYears":40,"zip":"19107",
             "screens":{"phq-9":{"q1":1,"q2":1,"q3":1,"q4":1,"q5":1,"q6":1,"q7":1,"q8":1,"q9":0}},
             "medications":[],
             "safety":{"pregnant":false,"uncontrolledHypertension":false,"psychosisHistory":false,
               "substanceUseDisorder":false,"severeLiverDisease":false,
               "raisedIntracranialOrIntraocularPressure":false,"unstableHeartDisease":false},
             "preferences":{"setting":"EITHER","maxDistanceMiles":50}}
            """;

    private static final Pattern ID = Pattern.compile("\"id\":\"([A-Za-z0-9_-]{22})\"");

    private TestAssessments() {}

    /** Takes the assessment anonymously ({@code POST /api/v1/assessments}); returns the result's id. */
    public static String take(Http http) {
        HttpResponse<String> r = http.post("/api/v1/assessments", DEPRESSION);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return idIn(r.body());
    }

    /** The result id in an assessment API answer. */
    public static String idIn(String body) {
        Matcher id = ID.matcher(body);
        assertThat(id.find()).as(body).isTrue();
        return id.group(1);
    }
}
