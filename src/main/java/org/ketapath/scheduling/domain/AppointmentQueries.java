package org.ketapath.scheduling.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of appointments for the web layer; who may see what is decided by the caller. */
@Service
@Transactional(readOnly = true)
public class AppointmentQueries {

    private final AppointmentRepository appointments;

    AppointmentQueries(AppointmentRepository appointments) {
        this.appointments = appointments;
    }

    public Optional<AppointmentView> find(UUID id) {
        return appointments.find(id);
    }

    public List<AppointmentView> ofPatient(UUID patientId) {
        return appointments.ofPatient(patientId);
    }
}
