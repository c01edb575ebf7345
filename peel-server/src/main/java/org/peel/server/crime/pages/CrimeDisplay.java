package org.peel.server.crime.pages;

import org.peel.server.crime.CrimeStatus;
import org.peel.server.crime.ReportChannel;
import org.peel.server.web.Display;
import org.springframework.stereotype.Component;

/** How the crime pages write clocks, channels and statuses, for the templates ({@code @crimeDisplay}). */
@Component("crimeDisplay")
public class CrimeDisplay {

    private final Display display;

    CrimeDisplay(Display display) {
        this.display = display;
    }

    /** "3 hours 20 minutes", "45 minutes", "2 days 4 hours", "356 days": the layout kit's words for a length of time. */
    public String duration(Long seconds) {
        return display.elapsedSeconds(seconds);
    }

    public String channel(ReportChannel channel) {
        return channel.title();
    }

    /** A value in a crime's history: a status in words ("Under investigation"); codes (offences, outcomes) as they are. */
    public String historyValue(String value) {
        if (value == null) {
            return "";
        }
        for (CrimeStatus status : CrimeStatus.values()) {
            if (status.name().equals(value)) {
                return status.title();
            }
        }
        return value;
    }

    public String status(CrimeStatus status) {
        return status.title();
    }
}
