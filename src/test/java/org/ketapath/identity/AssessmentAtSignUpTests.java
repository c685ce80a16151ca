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
        String result = org.ketapath.support.TestAssessments.take(http);

        String email = "keeps-" + UUID.randomUUID() + "@example.test";
        HttpResponse<String> created = http.post("/api/v1/patients", """
                {"email":"%s","password":"a-long-test-passphrase","givenName":"Kim","familyName":"Keep",
                 "birthDate":"1986-02-03","zip":"19107","assessmentId":"%s"}
                """.formatted(email, result));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher account = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(created.body());
        assertThat(account.find()).isTrue();

        assertThat(assessments.isOwnedBy(result, UUID.fromString(account.group(1))))
                .isTrue();
    }
}
