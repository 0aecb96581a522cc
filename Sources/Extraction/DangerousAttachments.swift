/// Which attachments are dangerous (guideline 6), decided from the bytes as well as the
/// name: programs, scripts, disk images, Office files with macros, names that lie about
/// their type. The admin tunes it in `[attachments]`; each type is a rule id policy rows
/// can select (`executable`, `script`, `disk-image`, `macro`, `double-extension`, `bidi-name`,
/// `embedded-object`).
public struct AttachmentRules: Sendable, Equatable, Codable {
    /// Windows PE, ELF and Mach-O programs, by their bytes whatever the name.
    public var executables = true
    /// Names that are programs to Windows, whatever the bytes.
    public var executableExtensions: Set<String> = ["exe", "com", "pif", "dll", "cpl", "sys"]
    public var scriptExtensions: Set<String> = [
        "js", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "bat", "cmd", "scr", "hta", "lnk", "jar", "msi", "msp", "reg",
    ]
    /// By name, and ISO 9660, VHD and VHDX images by their bytes.
    public var diskImageExtensions: Set<String> = ["iso", "img", "vhd", "vhdx", "dmg"]
    /// A `vbaProject.bin` inside an Office Open XML file, whatever its extension.
    public var macros = true
    /// `report.pdf.exe`: an extension-like part before a program or script extension.
    public var doubleExtensions = true
    /// Right-to-left override and other bidi controls in a name (`invoice‮fdp.exe`).
    public var bidiNames = true

    public init() {}

    public static let kind = "dangerous-attachment"
    /// The rule ids of the attachment types, for policy rows.
    public static let ruleIDs: Set<String> = ["executable", "script", "disk-image", "macro", "double-extension", "bidi-name", embeddedObjectRule]
    /// An object in a document that fetches a file or runs on opening (see `EmbeddedObject`).
    public static let embeddedObjectRule = "embedded-object"

    /// Why `name` with these bytes is dangerous, one entry per reason; empty when it is not.
    func dangers(of bytes: [UInt8], name: String) -> [Danger] {
        var found: [Danger] = []
        let extensions = Self.extensions(of: name)
        let last = extensions.last ?? ""
        if executables, let program = Self.executableFormat(of: bytes) {
            found.append(Danger(rule: "executable", reason: "executable (\(program))", isProgram: true))
        } else if executableExtensions.contains(last) {
            found.append(Danger(rule: "executable", reason: "program name (.\(last))", isProgram: false))
        }
        if scriptExtensions.contains(last) {
            found.append(Danger(rule: "script", reason: "script or shortcut (.\(last))", isProgram: false))
        }
        if let image = Self.diskImageFormat(of: bytes) {
            found.append(Danger(rule: "disk-image", reason: "disk image (\(image))", isProgram: true))
        } else if diskImageExtensions.contains(last) {
            found.append(Danger(rule: "disk-image", reason: "disk image (.\(last))", isProgram: false))
        }
        if doubleExtensions, extensions.count >= 2, executableExtensions.union(scriptExtensions).contains(last) {
            let before = extensions[extensions.count - 2]
            if (2...4).contains(before.count), before.contains(where: \.isLetter) {
                found.append(Danger(rule: "double-extension", reason: "double extension (.\(before).\(last))", isProgram: false))
            }
        }
        if bidiNames, name.unicodeScalars.contains(where: Self.isBidiControl) {
            found.append(Danger(rule: "bidi-name", reason: "right-to-left or other bidi control in the name", isProgram: false))
        }
        return found
    }

    /// The lower-cased extensions of a file name's last path component: `a/b.PDF.exe` → `pdf`, `exe`.
    static func extensions(of name: String) -> [String] {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? name
        let parts = base.lowercased().trimmingSpaces.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count > 1 ? parts.dropFirst().map { $0.trimmingSpaces } : []
    }

    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// PE (an `MZ` stub whose header offset points at `PE\0\0`), ELF, Mach-O.
    static func executableFormat(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x4D, 0x5A]), bytes.count >= 0x40 {
            let offset = Int(bytes[0x3C]) | Int(bytes[0x3D]) << 8 | Int(bytes[0x3E]) << 16 | Int(bytes[0x3F]) << 24
            if offset >= 0x40, offset <= bytes.count - 4, bytes[offset..<offset + 4].elementsEqual([0x50, 0x45, 0, 0]) { return "PE" }
        }
        if bytes.starts(with: [0x7F, 0x45, 0x4C, 0x46]) { return "ELF" }
        let machO: [[UInt8]] = [[0xFE, 0xED, 0xFA, 0xCE], [0xFE, 0xED, 0xFA, 0xCF], [0xCE, 0xFA, 0xED, 0xFE], [0xCF, 0xFA, 0xED, 0xFE]]
        if machO.contains(where: { bytes.starts(with: $0) }) { return "Mach-O" }
        return nil
    }

    /// ISO 9660 (`CD001` at 32769), VHDX (`vhdxfile`), VHD (`conectix` at the start or in
    /// the 512-byte footer).
    static func diskImageFormat(of bytes: [UInt8]) -> String? {
        if bytes.count >= 32774, bytes[32769..<32774].elementsEqual(Array("CD001".utf8)) { return "ISO 9660" }
        if bytes.starts(with: Array("vhdxfile".utf8)) { return "VHDX" }
        if bytes.starts(with: Array("conectix".utf8)) { return "VHD" }
        if bytes.count >= 512, bytes[(bytes.count - 512)...].starts(with: Array("conectix".utf8)) { return "VHD" }
        return nil
    }
}

/// One reason an attachment is dangerous.
struct Danger: Equatable {
    /// The rule id a policy row selects.
    var rule: String
    var reason: String
    /// Recognised as a program or image by its bytes: there is no text to read in it.
    var isProgram: Bool
}

/// A dangerous attachment found while reading: where, which rule, and why.
public struct DangerousPart: Hashable, Sendable, Codable {
    public var location: String
    public var rule: String
    public var reason: String

    public init(location: String, rule: String, reason: String) {
        self.location = location
        self.rule = rule
        self.reason = reason
    }
}
