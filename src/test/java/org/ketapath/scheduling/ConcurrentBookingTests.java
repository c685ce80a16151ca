package org.ketapath.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database, not Java, decides who gets the last slot: 64 patients at once, exactly one wins. */
class ConcurrentBookingTests extends SchedulingHttpTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void sixty_four_concurrent_bookings_of_the_last_free_slot_give_one_201_and_63_409s() throws Exception {
        UUID clinic = clinic(TestClinics.standard(1));
        String slot = at(day(), "16:30:00-05:00");
        int requests = 64;
        CountDownLatch ready = new CountDownLatch(requests);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                UUID patient = UUID.randomUUID();
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return book(patient, "k-" + patient, clinic, "FREE_CONSULT", slot)
                            .statusCode();
                }));
            }
            ready.await();
            go.countDown();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }

        Map<Integer, Long> counts =
                statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts).containsOnlyKeys(201, 409);
        assertThat(counts.get(201)).isEqualTo(1L);
        assertThat(counts.get(409)).isEqualTo(63L);
        assertThat(jdbc.sql("select count(*) from appointment where clinic_id = :c")
                        .param("c", clinic)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void the_exclusion_constraint_refuses_an_overlapping_row_written_directly_in_sql() {
        UUID clinic = clinic(TestClinics.standard(1));
        UUID practitioner = UUID.randomUUID();
        jdbc.sql(
                        "insert into resource_booking (id, resource_id, clinic_id, kind, owner_id, period) values"
                                + " (gen_random_uuid(), :r, :c, 'BLOCK', gen_random_uuid(), tstzrange('2026-12-15 14:00Z', '2026-12-15 15:00Z'))")
                .param("r", practitioner)
                .param("c", clinic)
                .update();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                                "insert into resource_booking (id, resource_id, clinic_id, kind, owner_id, period) values"
                                        + " (gen_random_uuid(), :r, :c, 'BLOCK', gen_random_uuid(),"
                                        + " tstzrange('2026-12-15 14:59Z', '2026-12-15 16:00Z'))")
                        .param("r", practitioner)
                        .param("c", clinic)
                        .update())
                .hasMessageContaining("resource_booking_no_overlap");
    }
}
