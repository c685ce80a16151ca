package org.ketapath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Several form posts at once in one web session (a double click, two tabs) each add the same new session
 * attribute; the session store in PostgreSQL must take them all (an upsert), not fail the second insert with a
 * duplicate key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ConcurrentSessionWriteTests {

    static final int ROUNDS = 12;
    static final int PARALLEL = 6;

    @LocalServerPort
    int port;

    @Test
    void parallel_form_posts_in_one_session_never_fail(CapturedOutput output) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                FormClient web = new FormClient(port);
                web.get("/sign-in"); // a session with a CSRF token and nothing else yet
                List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
                for (int i = 0; i < PARALLEL; i++) {
                    posts.add(() -> web.post("/assessment/about", "condition", "MIGRAINE", "age", "40"));
                }
                for (Future<HttpResponse<String>> response : pool.invokeAll(posts)) {
                    statuses.add(response.get().statusCode());
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses)
                .hasSize(ROUNDS * PARALLEL)
                .allSatisfy(status -> assertThat(status).isLessThan(500));
        assertThat(output.getAll()).doesNotContainPattern("(?m)^\\S+\\s+ERROR ");
    }
}
