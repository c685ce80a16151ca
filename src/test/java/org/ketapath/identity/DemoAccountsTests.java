package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ketapath.support.Http;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With demo data on, the demo logins work, staff use the printed TOTP secret, and loading twice is harmless. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "ketapath.demo-data=true")
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsTests {

    static final UUID DEMO_CLINIC = UUID.fromString("c0000000-0000-4000-8000-000000000001");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityApi identity;

    @Test
    void demo_accounts_sign_in_and_loading_again_changes_nothing(CapturedOutput output) throws Exception {
        Http http = new Http(port);
        HttpResponse<String> patient = http.post(
                "/api/v1/auth/token", "{\"email\":\"patient10@demo.ketapath.test\",\"password\":\"demo-password-1\"}");
        assertThat(patient.statusCode()).isEqualTo(200);

        String clinicianSecret = "KETAPATHDEMOCLINICIANSECRETAAAAA";
        HttpResponse<String> clinician = http.post(
                "/api/v1/auth/token",
                "{\"email\":\"clinician@demo.ketapath.test\",\"password\":\"demo-password-1\",\"otp\":\"%s\"}"
                        .formatted(IdentityFixtures.totp(clinicianSecret)));
        assertThat(clinician.statusCode()).isEqualTo(200);
        String token = clinician.body().replaceAll(".*\"accessToken\":\"([^\"]+)\".*", "$1");
        assertThat(http.get("/api/v1/clinics/" + DEMO_CLINIC + "/patients", "Authorization", "Bearer " + token)
                        .body())
                .contains("\"Patient1\"")
                .contains("\"Patient2\"")
                // patient3 ... patient25 have demo infusion courses at the clinic (outcomes demo data); 26 ... 30
                // neither booked with it nor share with it, so its staff do not see them
                .contains("\"Patient25\"")
                .doesNotContain("\"Patient26\"")
                .doesNotContain("\"Patient30\"");

        int before =
                jdbc.sql("select count(*) from account").query(Integer.class).single();
        ((ApplicationRunner) context.getBean("demoAccounts")).run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("select count(*) from account").query(Integer.class).single())
                .isEqualTo(before)
                .isEqualTo(33);
        assertThat(jdbc.sql("select count(*) from account where email_verified_at is null")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(output.getOut())
                .contains("KetaPath demo accounts")
                .contains("admin@demo.ketapath.test")
                .contains(clinicianSecret);
    }
}
