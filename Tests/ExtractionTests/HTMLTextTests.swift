import Extraction
import Testing

@Suite("HTML to text")
struct HTMLTextTests {
    @Test("renders what a browser shows", arguments: [
        ("123-<b>45</b>-6789", "123-45-6789"),                        // inline tags do not split numbers
        ("<span>4532</span> <span>5260</span>", "4532 5260"),
        ("<p>one</p><p>two</p>", "\none\n\ntwo\n"),                     // block tags do not glue words
        ("a<br>b<br/>c", "a\nb\nc"),
        ("<td>SSN</td><td>536</td>", "\tSSN\t536"),                     // cells outside a table still part words
        ("<table><tr><th>SSN</th><th>Name</th></tr><tr><td><p>536</p></td><td>Jo<br>Ann</td></tr></table>",
         "\n\nSSN\tName\n\n 536 \tJo Ann\n\n"),                            // one line per row, blocks in a cell are spaces
        ("536&#45;90&#x2D;4399", "536-90-4399"),                         // numeric entities
        ("Tom &amp; Jerry &lt;3 &quot;hi&quot;", "Tom & Jerry <3 \"hi\""),
        ("a&nbsp;b", "a\u{00A0}b"),
        ("AT&T &unknown; & done", "AT&T &unknown; & done"),             // unknown or bare & stays
        ("<style>p{content:'536-90-4399'}</style>ok", "ok"),            // style dropped
        ("<SCRIPT type=x>var s='536-90-4399';</SCRIPT>ok", "ok"),        // script dropped, any case
        ("<!-- 536-90-4399 -->ok", "ok"),                               // comments are not visible
        ("<a title=\"x > y\" href='z'>link</a>", "link"),               // > inside quoted attribute
        ("<span title=x'>SSN 536-90-4399</span>", "SSN 536-90-4399"),   // a stray quote is not a value
        ("<head><title>Roster</title><body>SSN 536-90-4399", "\nRoster\n\nSSN 536-90-4399"), // head without </head>
        ("if a < b then", "if a < b then"),                             // a lone < is text
        ("<script>never closed 536-90-4399", ""),
        // bdo overrides direction: its text keeps the override marks a reader's eye follows.
        ("SSN <bdo dir=\"rtl\">9934-09-635</bdo>.", "SSN \u{202E}9934-09-635\u{202C}."),
        ("<bdo dir=ltr>536</bdo>", "\u{202D}536\u{202C}"),
    ])
    func render(_ html: String, _ expected: String) {
        #expect(HTMLText.render(html).visible == expected)
    }

    @Test("text a reader does not see is kept apart, not dropped", arguments: [
        ("<!-- SSN 536-90-4399 -->ok", "ok", "SSN 536-90-4399"),
        ("<div style=\"display: none\">536-90-4399</div>ok", "ok", "536-90-4399"),
        ("<div style=\"display:none\"><div>a</div>b</div>c", "c", "a b"),  // nested same-name element
        ("<span style=\"font-size:0\">536-90-4399</span>shown", "shown", "536-90-4399"),
        ("<span style=\"font-size:0.9em\">shown</span>", "shown", ""),
        ("<div hidden>secret</div>shown", "shown", "secret"),
        ("<input hidden value=1>shown", "shown", ""),
        ("<p title=\"a hidden gem\">shown</p>", "shown", ""),              // a word in another attribute hides nothing
        ("<p class=hidden>shown</p>", "shown", ""),
        ("<p style=\"color:red\" data-x=\"display:none\">shown</p>", "shown", ""),
        ("<p hidden>secret<p>shown", "shown", "secret"),                    // an unclosed <p> ends at the next block
        ("<p hidden>secret<div>shown</div>", "shown", "secret"),
        ("<div><span hidden>secret</div>shown", "shown", "secret"),         // and an inline one at its parent's end
        ("<ul><li hidden>secret<li>shown</ul>", "shown", "secret"),
        ("<div hidden><p>a</p><p>b</p></div>shown", "shown", "a b"),        // a container ends only at its own end tag
        ("<div STYLE='Display : None'>secret</div>shown", "shown", "secret"),
    ])
    func hidden(_ html: String, _ visible: String, _ hidden: String) {
        let rendered = HTMLText.render(html)
        // Layout whitespace aside: which text lands on which side.
        #expect(rendered.visible.split(whereSeparator: \.isWhitespace).joined(separator: " ") == visible)
        #expect(rendered.hidden.split(whereSeparator: \.isWhitespace).joined(separator: " ") == hidden)
    }
}

@Suite("Text normalisation")
struct TextNormalizerTests {
    @Test("separators a reader sees as spaces or dashes become plain ones", arguments: [
        ("536\u{00A0}90\u{00A0}4399", "536 90 4399"),
        ("536\u{2011}90\u{2011}4399", "536-90-4399"),           // non-breaking hyphens
        ("536\u{2013}90\u{2212}4399", "536-90-4399"),           // en dash, minus sign
        ("4532\u{202F}5260\u{2009}1815\u{2007}9080", "4532 5260 1815 9080"),
        ("536\u{200B}90\u{FEFF}4399\u{00AD}", "536904399"),     // invisible characters removed
        ("\u{FF15}\u{FF13}\u{FF16}", "536"),                   // full-width digits
        ("plain ascii 536-90-4399", "plain ascii 536-90-4399"),
        ("café", "café"),
    ])
    func normalize(_ input: String, _ expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }

    @Test("a random text is what its characters give one by one")
    func randomTexts() {
        let pieces = ["536", " ", "\u{00A0}", "\u{2011}", "\u{200B}", "\u{FEFF}", "\u{FF15}", "é", "’", "\u{301}", "👩‍👩‍👧", "\r\n", "\u{3000}", "x"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = text.unicodeScalars.map { TextNormalizer.normalize(String($0)) }.joined()
            #expect(TextNormalizer.normalize(text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}
