import Inspection
import TOMLKit

/// `[records]` (how many personal records make a roster) and `[directory]
/// district_contacts_file` (the district's own phone numbers and addresses, never findings).
package enum RecordsConfig {
    /// `directorySection`: `[directory]`, read once by the loader (the policy reads it too).
    package static func read(_ table: TOMLTable, directorySection: TOMLTable?, into settings: inout RecordSettings, directory base: String,
                             reader: inout TableReader) {
        if let records = reader.table(table, "records", in: "") {
            reader.expectKeys(records, in: "records")
            if let value = reader.int(records, "min_records", in: "records") { settings.minRecords = value }
        }
        guard let directory = directorySection, let file = reader.string(directory, "district_contacts_file", in: "directory") else { return }
        let path = ConfigLoader.absolute(file, relativeTo: base)
        for (line, text) in PolicyConfig.listLines(path, reader: &reader) where !settings.districtContacts.add(text) {
            reader.problem(file: path, line: line, "'\(text)' is neither a phone number (area code first) nor a street address (number, street, suffix)")
        }
    }
}
