import Foundation

/// One message of a labelled set (`Tests/*/manifest.json`): its file, its class and the
/// values planted in it.
public struct LabelledMessage: Decodable, Sendable {
    public struct Value: Decodable, Sendable {
        public var kind: String
        /// Digits of an SSN or card; the one form of other values (`8605550142`,
        /// `1420 n maple ave`, `2011-03-14`, a roster's record count).
        public var digits: String?
        public var value: String?
        public var normalized: String { digits ?? value ?? "" }
    }

    public var file: String
    public var `class`: String
    public var expected: [Value]

    /// The manifest of a set folder.
    public static func manifest(_ folder: URL) throws -> [LabelledMessage] {
        try JSONDecoder().decode([LabelledMessage].self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
    }
}
