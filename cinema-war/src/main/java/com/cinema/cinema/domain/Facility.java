package com.cinema.cinema.domain;

/** What a cinema offers its visitors beyond the screens; a cinema has any number of them. */
public enum Facility {
    WHEELCHAIR_ACCESS,
    HEARING_LOOP,
    AUDIO_DESCRIPTION,
    PARKING,
    CAFE,
    BAR,
    RESTAURANT,
    BABY_CHANGING
}
