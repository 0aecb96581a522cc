/// A PDF page's text placed where it is drawn, as `pdftotext -layout` shows it: glyphs on
/// one baseline make one line, and text drawn apart stays apart (two or more spaces, at a
/// column that follows its position on the page), so the cells of a table never glue
/// together (`Jane Doe5425 2334…`) and `TableFinder` sees its columns.
///
/// Written by hand: Poppler gives a rectangle per character, but no layout text through
/// its GLib interface.
enum PDFLayout {
    struct Glyph {
        var scalar: Unicode.Scalar
        var x1: Double
        var y1: Double
        var x2: Double
        var y2: Double

        var height: Double { y2 - y1 }
        var middle: Double { (y1 + y2) / 2 }

        /// The glyph on the page turned a quarter so text running up (or down) it runs across.
        func turned(upward: Bool) -> Glyph {
            upward
                ? Glyph(scalar: scalar, x1: -y2, y1: x1, x2: -y1, y2: x2)
                : Glyph(scalar: scalar, x1: y1, y1: -x2, x2: y2, y2: -x1)
        }
    }

    /// Text drawn in one go: glyphs on one baseline with no more than a word space between.
    private struct Fragment {
        var text: [Unicode.Scalar]
        var x1: Double
        var x2: Double
        var middle: Double
        var height: Double
    }

    /// Gaps wider than this (in character heights) part fragments; a word space is ~0.3.
    static let columnGap = 0.6
    static let wordGap = 0.25

    /// The laid-out text; glyphs in Poppler's reading order, whitespace included (it marks
    /// word breaks). A glyph outside any page (not finite, or a million points away) is
    /// dropped, so no sum or difference of coordinates can overflow and no sort sees a NaN.
    /// The page's text: horizontal text laid out by position, then each line drawn sideways
    /// (a rotated margin note or column) in the order Poppler reads it, since laying its
    /// glyphs out by position would put one on each line. A page drawn nearly all sideways (a
    /// landscape roster on a portrait page, a page turned by /Rotate) is turned upright and
    /// laid out whole, so its table keeps its columns. `glyphs` are in Poppler's reading order.
    static func page(_ glyphs: [Glyph]) -> String {
        // Each line's glyphs, without the line break that ends it (the last line ends the page).
        var lines: [Range<Int>] = []
        var start = 0
        for (index, glyph) in glyphs.enumerated() where glyph.scalar == "\n" {
            lines.append(start..<index)
            start = index + 1
        }
        lines.append(start..<glyphs.count)
        let turnedLines = lines.map { isSideways(glyphs[$0]) }
        guard turnedLines.contains(true) else { return layOut(glyphs) }
        var upright: [Glyph] = []
        var sideways: [ArraySlice<Glyph>] = []
        for (line, isTurned) in zip(lines, turnedLines) {
            guard !isTurned else {
                sideways.append(glyphs[line])
                continue
            }
            upright += glyphs[line]
            upright.append(line.upperBound < glyphs.count ? glyphs[line.upperBound] : Glyph(scalar: "\n", x1: 0, y1: 0, x2: 0, y2: 0))
        }
        let turned = sideways.reduce(0) { $0 + $1.count }
        if turned > 3 * upright.filter({ !isWhitespace($0.scalar) }).count {
            // Reading up the page, the next line is to the right; reading down, to the left.
            let upward = sideways.flatMap { zip($0, $0.dropFirst()).map { $1.middle - $0.middle } }.reduce(0, +) < 0
            return layOut(glyphs.map { $0.turned(upward: upward) })
        }
        let notes = sideways.map { String(String.UnicodeScalarView($0.map(\.scalar))).trimmingCharacters(in: .whitespaces) }
        return layOut(upright) + "\n" + notes.joined(separator: "\n")
    }

    /// Whether a line's glyphs run down or up the page rather than across it.
    private static func isSideways(_ line: ArraySlice<Glyph>) -> Bool {
        var visible = 0
        var vertical = 0
        var previous: Glyph?
        for glyph in line where !isWhitespace(glyph.scalar) {
            visible += 1
            if let first = previous {
                let across = abs((glyph.x1 + glyph.x2) - (first.x1 + first.x2)) / 2
                let along = abs(glyph.middle - first.middle)
                if along > across { vertical += 1 }
            }
            previous = glyph
        }
        return visible >= 3 && vertical * 2 > visible - 1
    }

    /// `properties.isWhitespace`, without a property lookup for ASCII (most glyphs).
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value == 32 || (9...13).contains(scalar.value) : scalar.properties.isWhitespace
    }

    static func layOut(_ glyphs: [Glyph]) -> String {
        let fragments = fragments(of: glyphs.filter { abs($0.x1) < 1e6 && abs($0.x2) < 1e6 && abs($0.y1) < 1e6 && abs($0.y2) < 1e6 })
        guard !fragments.isEmpty else { return "" }
        let heights = fragments.map(\.height).sorted()
        // One grid column is a fifth of a character height, narrower than nearly every glyph,
        // so a fragment never runs past the column where the next one starts.
        let unit = max(heights[heights.count / 2] * 0.2, 0.5)
        let left = fragments.map(\.x1).min()!
        // Bounds the spaces added, so a page of scattered glyphs cannot make a huge text.
        var padding = 32 * glyphs.count + 65_536
        var output: [Unicode.Scalar] = []
        let lineHeight = heights[heights.count / 2]
        var previousMiddle: Double?
        for line in lines(of: fragments) {
            // A wide vertical gap (a footer at the bottom of the page, a new section) is
            // three blank lines: more than a table lets stand between its rows, so a page
            // footer never joins the last row as a wrapped cell.
            if let previousMiddle, line[0].middle - previousMiddle > 4 * lineHeight { output += ["\n", "\n", "\n"] }
            previousMiddle = line[0].middle
            var row: [Unicode.Scalar] = []
            for fragment in line.sorted(by: { $0.x1 < $1.x1 }) {
                let position = Int(min((fragment.x1 - left) / unit, 2000))
                var spaces = row.isEmpty ? position : max(position - row.count, 2)
                if spaces > padding { spaces = row.isEmpty ? 0 : 2 }
                padding -= spaces
                row += repeatElement(" ", count: spaces)
                row += fragment.text
            }
            output += row
            output.append("\n")
        }
        return String(scalars: output)
    }

    private static func fragments(of glyphs: [Glyph]) -> [Fragment] {
        var fragments: [Fragment] = []
        var current: Fragment?
        var space = false
        for glyph in glyphs {
            if isWhitespace(glyph.scalar) {
                space = true
                continue
            }
            let height = max(glyph.height, 0.1)
            if var fragment = current {
                let gap = glyph.x1 - fragment.x2
                let sameLine = abs(glyph.middle - fragment.middle) < 0.5 * max(height, fragment.height)
                if sameLine, gap > -0.5 * height, gap < columnGap * height {
                    if space || gap > wordGap * height { fragment.text.append(" ") }
                    fragment.text.append(glyph.scalar)
                    fragment.x2 = max(fragment.x2, glyph.x2)
                    current = fragment
                    space = false
                    continue
                }
                fragments.append(fragment)
            }
            current = Fragment(text: [glyph.scalar], x1: glyph.x1, x2: glyph.x2, middle: glyph.middle, height: height)
            space = false
        }
        if let current { fragments.append(current) }
        return fragments
    }

    /// Fragments grouped by baseline, top to bottom.
    private static func lines(of fragments: [Fragment]) -> [[Fragment]] {
        var lines: [[Fragment]] = []
        var lineMiddle = 0.0
        for fragment in fragments.sorted(by: { $0.middle < $1.middle }) {
            if let last = lines.last?.first, abs(fragment.middle - lineMiddle) < 0.5 * max(fragment.height, last.height) {
                lines[lines.count - 1].append(fragment)
            } else {
                lines.append([fragment])
                lineMiddle = fragment.middle
            }
        }
        return lines
    }
}

extension String {
    /// The string of `scalars`, encoded at once rather than appended one by one.
    init(scalars: [Unicode.Scalar]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
