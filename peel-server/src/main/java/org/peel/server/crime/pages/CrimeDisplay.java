package org.peel.server.crime.pages;

import org.peel.server.crime.CrimeStatus;
import org.peel.server.crime.ReportChannel;
import org.springframework.stereotype.Component;

/** How the crime pages write clocks, channels and statuses, for the templates ({@code @crimeDisplay}). */
@Component("crimeDisplay")
public class CrimeDisplay {

    /** "3 h 20 min", "45 min", "2 days 4 h". */
    public String duration(Long seconds) {
        if (seconds == null) {
            return "";
        }
        long minutes = Math.abs(seconds) / 60;
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        if (days > 0) {
            return days + (days == 1 ? " day " : " days ") + hours + " h";
        }
        return hours > 0 ? hours + " h " + rest + " min" : rest + " min";
    }

    public String channel(ReportChannel channel) {
        return channel.title();
    }

    public String status(CrimeStatus status) {
        return status.title();
    }
}
