package org.peel.server.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.peel.match.NameIndex;
import org.peel.match.PartialDate;
import org.peel.match.Sex;
import org.peel.server.people.Address;
import org.peel.server.people.Marker;
import org.peel.server.people.PersonReferenceData;
import org.peel.server.platform.ForceCalendar;
import org.springframework.stereotype.Component;

/**
 * How the pages write dates, addresses and markers, used from the templates as {@code @display}: dates the British
 * way (12/03/1985, 03/1985 or 1985), times in the force's zone, and a marker's state judged by Peel's clock.
 */
@Component("display")
public class Display {

    /** From here to {@link NameIndex#MATCH_THRESHOLD} a result is worth a look but may well be someone else. */
    private static final double POSSIBLE = 0.5;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    private final ForceCalendar calendar;
    private final PersonReferenceData referenceData;

    Display(ForceCalendar calendar, PersonReferenceData referenceData) {
        this.calendar = calendar;
        this.referenceData = referenceData;
    }

    /** A moment as the force's local time, "27/11/2026 14:05". */
    /**
     * A length of time as officers say it: "45 minutes", "3 hours 20 minutes", "2 days 4 hours", "356 days" (from
     * a week on, whole days), never "8556 h". The sign is ignored: the words around it say before or after.
     */
    public String elapsed(Long minutes) {
        if (minutes == null) {
            return "";
        }
        long total = Math.abs(minutes);
        long days = total / (24 * 60);
        long hours = total / 60 % 24;
        long rest = total % 60;
        if (days >= 7) {
            return plural(days, "day");
        }
        if (days > 0) {
            return plural(days, "day") + (hours > 0 ? " " + plural(hours, "hour") : "");
        }
        if (hours > 0) {
            return plural(hours, "hour") + (rest > 0 ? " " + plural(rest, "minute") : "");
        }
        return plural(rest, "minute");
    }

    /** As {@link #elapsed(Long)}, from seconds. */
    public String elapsedSeconds(Long seconds) {
        return seconds == null ? "" : elapsed(seconds / 60);
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : MOMENT.withZone(calendar.zone()).format(instant);
    }

    /** The force's day of a moment, "27/11/2026". */
    public String day(Instant instant) {
        return instant == null ? "" : date(calendar.day(instant));
    }

    public String identifierType(String code) {
        return referenceData.identifierType(code).map(PersonReferenceData.IdentifierType::title).orElse(code);
    }

    public String date(PartialDate date) {
        if (date == null) {
            return "";
        }
        if (date.hasDay()) {
            return String.format("%02d/%02d/%04d", date.day(), date.month(), date.year());
        }
        return date.hasMonth() ? String.format("%02d/%04d", date.month(), date.year()) : Integer.toString(date.year());
    }

    public String date(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** Age in years today, from the earliest and latest days a partial date could mean ("38" or "38–39"). */
    public String age(PartialDate date) {
        LocalDate today = calendar.today();
        int oldest = java.time.Period.between(date.earliest(), today).getYears();
        int youngest = java.time.Period.between(date.latest(), today).getYears();
        return oldest == youngest ? Integer.toString(oldest) : youngest + "–" + oldest;
    }

    public String datesOfBirth(List<PartialDate> dates) {
        return dates.isEmpty() ? "Not known" : String.join(", ", dates.stream().map(this::date).toList());
    }

    public String sex(Sex sex) {
        return sex == null ? "Not known" : switch (sex) {
            case MALE -> "Male";
            case FEMALE -> "Female";
            case UNKNOWN -> "Not known";
        };
    }

    public String address(Address address) {
        if (address == null) {
            return "Not known";
        }
        StringBuilder text = new StringBuilder(address.lines());
        if (address.town() != null) {
            text.append(", ").append(address.town());
        }
        if (address.postcode() != null) {
            text.append(", ").append(address.postcode());
        }
        return text.toString();
    }

    /** When a person lived at an address: "from 01/02/2020 to 03/04/2025", "until 03/04/2025" or "dates not known". */
    public String addressDates(Address address) {
        if (address.from() != null && address.to() != null) {
            return "from " + date(address.from()) + " to " + date(address.to());
        }
        if (address.from() != null) {
            return "from " + date(address.from());
        }
        return address.to() != null ? "until " + date(address.to()) : "dates not known";
    }

    public boolean active(Marker marker) {
        return marker.isActiveOn(calendar.today());
    }

    public List<Marker> active(List<Marker> markers) {
        return markers.stream().filter(this::active).toList();
    }

    /** "Strong match", "Possible match" or "Weak match", for a confidence from 0 to 1. */
    public String confidence(double confidence) {
        return confidence >= NameIndex.MATCH_THRESHOLD ? "Strong match"
                : confidence >= POSSIBLE ? "Possible match" : "Weak match";
    }

    public String confidenceClass(double confidence) {
        return confidence >= NameIndex.MATCH_THRESHOLD ? "strong" : confidence >= POSSIBLE ? "possible" : "weak";
    }

    public long percent(double confidence) {
        return Math.round(confidence * 100);
    }
}
