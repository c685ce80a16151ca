package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ketapath.assessment.AssessmentApi;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An assessment taken anonymously becomes the account's when the person signs up with it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentAtSignUpTests {

    @LocalServerPort
    int port;

    @Autowired
    AssessmentApi assessments;

    @Autowired
    org.ketapath.audit.AuditReports reports;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void signing_up_with_an_anonymous_result_attaches_it_to_the_new_account() {
        Http http = new Http(port);
        HttpResponse<String> assessed = http.post("/api/v1/assessments", """
                {"condition":"DEPRESSION","ageYears":40,"zip":"19107",
                 "screens":{"phq-9":{"q1":1,"q2":1,"q3":1,"q4":1,"q5":1,"q6":1,"q7":1,"q8":1,"q9":0}},
                 "medications":[],
                 "safety":{"pregnant":false,"uncontrolledHypertension":false,"psychosisHistory":false,
                   "substanceUseDisorder":false,"severeLiverDisease":false,
                   "raisedIntracranialOrIntraocularPressure":false,"unstableHeartDisease":false},
                 "preferences":{"setting":"EITHER","maxDistanceMiles":50}}
                """);
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(201);
        Matcher id = Pattern.compile("\"id\":\"([A-Za-z0-9_-]+)\"").matcher(assessed.body());
        assertThat(id.find()).isTrue();

        String email = "keeps-" + UUID.randomUUID() + "@example.test";
        HttpResponse<String> created = http.post("/api/v1/patients", """
                {"email":"%s","password":"a-long-test-passphrase","givenName":"Kim","familyName":"Keep",
                 "birthDate":"1986-02-03","zip":"19107","assessmentId":"%s"}
                """.formatted(email, id.group(1)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher account = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
        assertThat(account.find()).isTrue();

        assertThat(assessments.isOwnedBy(id.group(1), UUID.fromString(account.group(1))))
                .isTrue();
    }
}
