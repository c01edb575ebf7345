package org.peel.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.peel.match.PartialDate;

/**
 * Dates of birth for people aged 10 to 90 on {@link #AS_OF}, most of them young adults as in police records;
 * about 88% recorded in full, 7% as a year and month and 5% as a year, and about 3% with a second, slightly
 * different recorded date (day and month swapped, a day, month or year out).
 */
final class BirthDates {

    /** The fixed day on which ages are counted, so that a population does not change from one day to the next. */
    static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

    private static final int[] BAND_FROM = {10, 18, 25, 35, 45, 55, 65, 75};
    private static final int[] BAND_TO = {18, 25, 35, 45, 55, 65, 75, 91};
    private static final WeightedChoice<Integer> BANDS = WeightedChoice.<Integer>builder()
            .add(0, 8).add(1, 17).add(2, 23).add(3, 19).add(4, 14).add(5, 10).add(6, 6).add(7, 3)
            .build();
    private static final double DAYS_IN_YEAR = 365.2425;

    private BirthDates() {
    }

    static LocalDate birthDate(SplittableRandom random) {
        int band = BANDS.pick(random);
        int age = random.nextInt(BAND_FROM[band], BAND_TO[band]);
        long daysOld = (long) (age * DAYS_IN_YEAR) + random.nextInt(365);
        return LocalDate.ofEpochDay(AS_OF.toEpochDay() - daysOld);
    }

    static int ageOn(LocalDate born, LocalDate day) {
        return born.until(day).getYears();
    }

    static List<PartialDate> recorded(LocalDate born, SplittableRandom random) {
        int precision = random.nextInt(100);
        PartialDate first = precision < 88 ? PartialDate.of(born)
                : precision < 95 ? PartialDate.of(born.getYear(), born.getMonthValue())
                : PartialDate.ofYear(born.getYear());
        if (random.nextInt(100) >= 3) {
            return List.of(first);
        }
        return List.of(first, PartialDate.of(slightlyDifferent(born, random)));
    }

    private static LocalDate slightlyDifferent(LocalDate born, SplittableRandom random) {
        int day = born.getDayOfMonth();
        int month = born.getMonthValue();
        return switch (random.nextInt(4)) {
            case 0 -> day <= 12 && day != month ? LocalDate.of(born.getYear(), day, month) : born.plusDays(1);
            case 1 -> born.plusDays(random.nextBoolean() ? 1 : -1);
            case 2 -> born.plusMonths(random.nextBoolean() ? 1 : -1);
            default -> born.plusYears(random.nextBoolean() ? 1 : -1);
        };
    }
}
