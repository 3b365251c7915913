package com.cinema.booking.domain;

/**
 * What kind of screening a showtime is, for the audiences who look for one (ADR 0029). The order here is the order
 * they are listed in.
 */
public enum ScreeningFeature {
    /** Open captions on screen, for d/Deaf and hard-of-hearing moviegoers. */
    SUBTITLED("Subtitled"),
    /** A spoken description of the action through headsets, for blind and partially sighted moviegoers. */
    AUDIO_DESCRIBED("Audio described"),
    /** Lights low but not off, sound down, no adverts, moving about and noise welcome (autism-friendly). */
    RELAXED("Relaxed"),
    /** For parents and carers with babies: lights up, sound down, room for pushchairs. */
    PARENT_AND_BABY("Parent and baby");

    private final String label;

    ScreeningFeature(String label) {
        this.label = label;
    }

    /** How customers read it: "Audio described". */
    public String label() {
        return label;
    }
}
