/// Dates as a spreadsheet stores them: serial day numbers, days since 1899-12-30 (Excel's
/// 1900 date system). Read by the spreadsheet reader (date cells) and by the birth-date
/// validator (a serial copied into a CSV export).
public enum ExcelSerial {
    /// The proleptic Gregorian date of serial day `serial`.
    public static func civilDate(_ serial: Int) -> (year: Int, month: Int, day: Int) {
        // Days from 1970-01-01, then the civil date (H. Hinnant's days_from_civil inverse).
        let days = serial - 25_569 + 719_468
        let era = (days >= 0 ? days : days - 146_096) / 146_097
        let dayOfEra = days - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
