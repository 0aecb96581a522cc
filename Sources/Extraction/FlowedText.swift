/// A `format=flowed` text (RFC 3676) as its reader sees it: a line that ends in a space goes
/// on in the next line of the same quote depth, so a number the sender's program wrapped is
/// whole again. With `DelSp=yes` that space was the wrap's own and goes too.
enum FlowedText {
    static func unwrap(_ text: String, deleteSpace: Bool) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var paragraph: Substring? = nil
        var paragraphDepth = 0
        var joined = ""
        func finish() {
            guard paragraph != nil else { return }
            if paragraphDepth > 0 { output += String(repeating: ">", count: paragraphDepth) + " " }
            output += joined + "\n"
            paragraph = nil
            joined = ""
        }
        // "\r\n" is one Character: both are line ends.
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let depth = line.prefix { $0 == ">" }.count
            var content = line.dropFirst(depth)
            if content.hasPrefix(" ") { content = content.dropFirst() }  // space-stuffed
            if paragraph != nil, depth != paragraphDepth { finish() }
            paragraph = content
            paragraphDepth = depth
            // The signature line `-- ` is hard, whatever its space says.
            let soft = content.hasSuffix(" ") && content != "-- "
            joined += soft && deleteSpace ? String(content.dropLast()) : String(content)
            if !soft { finish() }
        }
        finish()
        // Every line was given a break; the text's last line had none of its own.
        if output.hasSuffix("\n") { output.removeLast() }
        return output
    }
}
