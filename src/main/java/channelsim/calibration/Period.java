package channelsim.calibration;

import java.time.LocalDate;
import java.time.YearMonth;

/** A calendar year ("2022") or month ("2022-08"): the days a target is measured over, inclusive. */
public record Period(String text, LocalDate first, LocalDate last) {

    public static Period parse(String s) {
        String t = s.trim();
        if (t.matches("\\d{4}")) {
            int y = Integer.parseInt(t);
            return new Period(t, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        if (t.matches("\\d{4}-\\d{2}")) {
            YearMonth ym = YearMonth.parse(t);
            return new Period(t, ym.atDay(1), ym.atEndOfMonth());
        }
        throw new IllegalArgumentException("expected a year (2022) or a month (2022-08), got '" + s + "'");
    }

    public boolean isYear() { return text.length() == 4; }

    public int year() { return first.getYear(); }
}
