/// Decoded text a reader would see, with where they would see it.
public struct TextSegment: Hashable, Sendable {
    /// Human-readable place: `subject`, `body (text/html)`, `attachment notes.txt`, ...
    public var location: String
    /// UTF-8 text, normalised so look-alike separators cannot split a number.
    public var text: String

    public init(location: String, text: String) {
        self.location = location
        self.text = text
    }
}
