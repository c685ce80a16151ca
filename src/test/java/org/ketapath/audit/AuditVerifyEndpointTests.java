package org.ketapath.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AuditVerifyEndpointTests {

    @Autowired
    MockMvc mvc;

    @Test
    void platform_admin_gets_the_verdict() throws Exception {
        mvc.perform(get("/api/v1/admin/audit/verify")
                        .with(user(UUID.randomUUID().toString()).roles("PLATFORM_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.rowsChecked").isNumber());
    }

    @Test
    void anyone_else_is_refused() throws Exception {
        mvc.perform(get("/api/v1/admin/audit/verify"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(get("/api/v1/admin/audit/verify")
                        .with(user(UUID.randomUUID().toString()).roles("PATIENT")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(get("/api/v1/admin/audit/verify")
                        .with(user(UUID.randomUUID().toString()).roles("CLINIC_ADMIN")))
                .andExpect(status().isForbidden());
    }
}
