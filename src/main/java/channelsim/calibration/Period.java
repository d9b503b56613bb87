package channelsim.calibration;

import java.time.LocalDate;
import java.time.YearMonth;

/** A calendar year ("2022"), month ("2022-08") or span of days or months ("2024-04-29..2024-12-29"): the days a target is measured over, inclusive. */
public record Period(String text, LocalDate first, LocalDate last) implements java.io.Serializable {

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
        if (t.matches("\\d{4}-\\d{2}(-\\d{2})?\\.\\.\\d{4}-\\d{2}(-\\d{2})?")) {
            String[] ends = t.split("\\.\\.");
            LocalDate a = ends[0].length() == 7 ? YearMonth.parse(ends[0]).atDay(1) : LocalDate.parse(ends[0]);
            LocalDate b = ends[1].length() == 7 ? YearMonth.parse(ends[1]).atEndOfMonth() : LocalDate.parse(ends[1]);
            if (b.isBefore(a)) throw new IllegalArgumentException("period '" + s + "' ends before it starts");
            return new Period(t, a, b);
        }
        throw new IllegalArgumentException("expected a year (2022), a month (2022-08) or a span (2024-04-29..2024-12-29 or 2023-01..2023-08), got '" + s + "'");
    }

    public boolean isYear() { return text.length() == 4; }

    public boolean isMonth() { return text.length() == 7; }

    public int year() { return first.getYear(); }
}
