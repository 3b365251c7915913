package com.cinema.gateway.api.showtime;

/**
 * What kind of screening a showtime is, for the audiences who look for one; the booking service's values (ADR 0029).
 * SUBTITLED: open captions; AUDIO_DESCRIBED: a spoken description through headsets; RELAXED: lights low, sound down,
 * moving about welcome; PARENT_AND_BABY: for parents and carers with babies.
 */
public enum ScreeningFeature {
    SUBTITLED,
    AUDIO_DESCRIBED,
    RELAXED,
    PARENT_AND_BABY
}
