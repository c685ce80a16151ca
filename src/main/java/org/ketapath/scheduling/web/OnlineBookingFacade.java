package org.ketapath.scheduling.web;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.ketapath.scheduling.OnlineBooking;
import org.ketapath.scheduling.ServiceType;
import org.ketapath.scheduling.domain.BookingService;
import org.springframework.stereotype.Component;

/** {@link OnlineBooking} through exactly the path {@code POST /api/v1/holds} and {@code /appointments} take. */
@Component
class OnlineBookingFacade implements OnlineBooking {

    private final BookingService booking;
    private final PatientBookings bookings;

    OnlineBookingFacade(BookingService booking, PatientBookings bookings) {
        this.booking = booking;
        this.bookings = bookings;
    }

    @Override
    public Held hold(UUID clinicId, ServiceType service, Instant start, @Nullable UUID locationId) {
        BookingService.Hold hold = booking.hold(clinicId, service, start, locationId);
        return new Held(hold.id(), hold.clinicId(), hold.start(), hold.end(), hold.expiresAt(), hold.locationId());
    }

    @Override
    public Booked book(
            UUID patientId,
            UUID clinicId,
            ServiceType service,
            Instant start,
            @Nullable UUID holdId,
            @Nullable UUID locationId,
            String idempotencyKey) {
        BookingService.Booking result = bookings.book(
                patientId,
                new BookingService.BookingRequest(clinicId, service, start, null, holdId, locationId),
                idempotencyKey);
        return new Booked(result.appointment().id(), result.appointment().locationId(), result.replayed());
    }
}
