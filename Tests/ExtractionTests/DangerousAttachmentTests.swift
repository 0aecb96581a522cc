import Testing
@testable import Extraction

@Suite("Dangerous attachments")
struct DangerousAttachmentTests {
    /// A DOS stub whose header offset (at 0x3C) points at `PE\0\0`.
    static let peHeader: [UInt8] = {
        var bytes = [UInt8](repeating: 0, count: 0x90)
        bytes[0] = 0x4D; bytes[1] = 0x5A
        bytes[0x3C] = 0x80
        bytes.replaceSubrange(0x80..<0x84, with: [0x50, 0x45, 0, 0])
        return bytes
    }()
    static let text = Array("Hello, parents.\n".utf8)

    @Test("dangerous by bytes or by name, with the reason", arguments: [
        (peHeader, "photo.jpg", ["executable: executable (PE)"]),
        ([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0], "form.pdf", ["executable: executable (ELF)"]),
        ([0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1], "notes", ["executable: executable (Mach-O)"]),
        (text, "setup.EXE", ["executable: program name (.exe)"]),
        (text, "clean-up.ps1", ["script: script or shortcut (.ps1)"]),
        (text, "folder/Shortcut.lnk", ["script: script or shortcut (.lnk)"]),
        (text, "report.pdf.exe", ["executable: program name (.exe)", "double-extension: double extension (.pdf.exe)"]),
        (text, "invoice.doc.js", ["script: script or shortcut (.js)", "double-extension: double extension (.doc.js)"]),
        (text, "backup.iso", ["disk-image: disk image (.iso)"]),
        ([UInt8](repeating: 0, count: 32769) + Array("CD001".utf8), "data.bin", ["disk-image: disk image (ISO 9660)"]),
        (Array("vhdxfile".utf8) + text, "data.bin", ["disk-image: disk image (VHDX)"]),
        (text + Array("conectix".utf8) + [UInt8](repeating: 0, count: 504), "data.bin", ["disk-image: disk image (VHD)"]),
        (text, "invoice\u{202E}fdp.txt", ["bidi-name: right-to-left or other bidi control in the name"]),
    ] as [([UInt8], String, [String])])
    func dangerous(_ bytes: [UInt8], _ name: String, _ expected: [String]) {
        #expect(AttachmentRules().dangers(of: bytes, name: name).map { "\($0.rule): \($0.reason)" } == expected)
    }

    @Test("look-alikes pass", arguments: [
        (text, "setup.exe.txt"),                         // a text about a program
        (text, "v1.2.exe.notes"),
        (text, "archive.tar.gz"),
        (Array("MZ is a text that starts with MZ".utf8), "mz.txt"),  // MZ without a PE header
        ([0x4D, 0x5A] + [UInt8](repeating: 0xFF, count: 62), "data.bin"), // header offset out of range
        ([0xFF, 0xD8, 0xFF, 0xE0] + text, "photo.jpg"),
        (Array("%PDF-1.7".utf8), "report.pdf"),
        (text, "Résumé (final).docx"),
        (text, ""),
    ] as [([UInt8], String)])
    func safe(_ bytes: [UInt8], _ name: String) {
        #expect(AttachmentRules().dangers(of: bytes, name: name).isEmpty)
    }

    @Test("a program name with a version number is not a double extension")
    func versions() {
        #expect(AttachmentRules().dangers(of: Self.text, name: "tool-1.2.exe").map(\.rule) == ["executable"])
    }

    @Test("what an admin turns off is not reported")
    func tuned() {
        var rules = AttachmentRules()
        rules.executables = false
        rules.scriptExtensions = []
        rules.bidiNames = false
        #expect(rules.dangers(of: Self.peHeader, name: "photo.jpg").isEmpty)
        #expect(rules.dangers(of: Self.text, name: "run\u{202E}1sp.ps1").isEmpty)
    }

    @Test("a bidi control never reaches a location")
    func locations() {
        #expect(LocationName.safe("invoice\u{202E}fdp.exe") == "invoice?fdp.exe")
    }
}
