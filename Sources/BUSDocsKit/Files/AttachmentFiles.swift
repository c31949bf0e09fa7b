#if canImport(Glibc)
import Glibc
#endif

/// An attachment's file (`fil:` under `bilagor:`) as found beside its agreement, for publishing: its
/// bytes, or why it is not published.
public struct AttachmentFile: Equatable, Sendable {
    public enum Found: Equatable, Sendable {
        case bytes([UInt8])
        /// No file at that path (a dangling link included).
        case missing
        /// There, but not published: a link out of the agreement's folder, not a plain file, too large…
        case refused(LocalizedText)
    }

    /// The `fil:` entry as written, with its place.
    public var reference: Located<String>
    /// Where it is published, relative to the agreement's folder in the site: the path the page links,
    /// percent-decoded (`bilagor/Bilaga 1.pdf`).
    public var sitePath: String
    public var found: Found

    public init(reference: Located<String>, sitePath: String, found: Found) {
        self.reference = reference
        self.sitePath = sitePath
        self.found = found
    }

    /// `./bilagor/Bilaga%201.pdf` → `bilagor/Bilaga 1.pdf`: where a `fil:` is published and linked.
    public static func sitePath(of written: String) -> String {
        AttachmentFiles.normalized(written.trimmingSpaces().removingPercentEncodingIfValid)
    }

    public var isPublished: Bool {
        if case .bytes = found { return true }
        return false
    }

    /// Why the file is not in the site, as a warning at its `fil:` entry with what to do: BUS018's for a
    /// file that holds personal data, BUS014's (a reference that leads nowhere) otherwise; nil when it
    /// is published, and for `new --from`'s "(ange filen för …)", which is no path but BUS024's finding.
    public var finding: Diagnostic? {
        guard let warning, !(found == .missing && reference.value.hasPrefix(DraftFromAgreement.attachmentFilePlaceholderStart)) else { return nil }
        let personal = found == .refused(.personalData)
        return Diagnostic(severity: .warning, ruleID: personal ? "BUS018" : "BUS014", message: warning,
                          location: reference.location, hint: remedy)
    }

    /// What makes the file published: one step, for the reason it is not.
    private var remedy: LocalizedText {
        let file = reference.value
        switch found {
        case .bytes, .missing: return .putFile(file)
        case .refused(let reason) where reason == .personalData: return .removePersonalData(file)
        case .refused(let reason) where reason == .takenByPage: return .renameFile(file)
        case .refused: return .putFile(file)
        }
    }

    /// Why the file is not in the site, said at its `fil:` entry; nil when it is published.
    public var warning: LocalizedText? {
        switch found {
        case .bytes: return nil
        case .missing: return .attachmentMissing(reference.value)
        case .refused(let reason): return .attachmentRefused(reference.value, reason)
        }
    }
}

/// Reads the files an agreement lists as attachments, from the agreement's own folder and never from
/// outside it; a text attachment that holds personal data (`holdsPersonalData`) is refused. Of PDF and
/// Word attachments only the file name is checked (BUS018, `AttachmentName`). Never read from
/// outside the folder: a path that climbs out (BUS014's error), a symbolic link that leads out, a folder, a FIFO
/// or device, a hidden file and a file over `maximumSize` are refused without being read (a FIFO is opened
/// without waiting for a writer).
public enum AttachmentFiles {
    /// 50 MB: far above a scanned routine or a Word form, well below what would strain a build that
    /// holds a few agreements' files in memory at a time.
    public static let maximumSize = 50 * 1024 * 1024

    /// One entry per distinct file, in the order `bilagor:` lists them. `names`: the files bus-docs makes
    /// in the agreement's folder of the site (its page, protocols, agendas, form), which an attachment
    /// may not take the place of.
    public static func read(_ attachments: [Attachment], agreementPath: String, taken names: Set<String> = []) -> [AttachmentFile] {
        let folder = parentFolder(of: agreementPath)
        let realFolder = realPath(folder)
        var seen: Set<String> = []
        var files: [AttachmentFile] = []
        for reference in attachments.compactMap(\.file) {
            let written = reference.value.trimmingSpaces()
            guard !written.isEmpty else { continue }
            let decoded = written.removingPercentEncodingIfValid
            let sitePath = AttachmentFile.sitePath(of: written)
            guard seen.insert(sitePath).inserted else { continue }
            files.append(AttachmentFile(reference: reference, sitePath: sitePath,
                                        found: find(written: written, decoded: decoded, sitePath: sitePath, folder: folder, realFolder: realFolder, taken: names)))
        }
        return files
    }

    private static func find(written: String, decoded: String, sitePath: String, folder: String, realFolder: String?, taken: Set<String>) -> AttachmentFile.Found {
        // BUS014 reports these as errors; they are never looked up.
        if leavesFolder(written) || leavesFolder(decoded) || sitePath.isEmpty { return .refused(.outsideFolder) }
        if sitePath.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { return .refused(.hidden) }
        if taken.contains(sitePath) { return .refused(.takenByPage) }
        // The name the page links (decoded), else the name as written (a file whose name has `%20` in it).
        var path = folder + sitePath
        if !exists(path), decoded != written, exists(folder + normalized(written)) { path = folder + normalized(written) }
        guard exists(path) else { return .missing }
        guard let realFolder, let real = realPath(path) else { return .missing }
        guard real.hasPrefix(realFolder == "/" ? "/" : realFolder + "/") else { return .refused(.linksOutside) }
        let found = readPlainFile(real)
        if case .bytes(let bytes) = found, holdsPersonalData(bytes, sitePath: sitePath) { return .refused(.personalData) }
        return found
    }

    /// The attachments whose text is read before they are published: plain text and Markdown.
    static let textExtensions: Set<String> = ["md", "markdown", "txt", "text", "csv"]

    /// Whether a text attachment holds what BUS018 refuses in an agreement: a personal identity number
    /// (a bare twelve digits with a wrong check digit not counting), a child's name or a date of birth.
    static func holdsPersonalData(_ bytes: [UInt8], sitePath: String) -> Bool {
        guard let dot = sitePath.lastIndex(of: "."), textExtensions.contains(sitePath[sitePath.index(after: dot)...].lowercased()) else { return false }
        let source = SourceFile(path: sitePath, text: String(decoding: bytes, as: UTF8.self))
        return source.personalNumbers.contains { $0.hasValidCheckDigit || $0.isMasked || !$0.isBare }
            || !source.personalNames.names.isEmpty || !source.birthDates.isEmpty || !source.attachmentNames.isEmpty || !source.contactDetails.isEmpty
    }

    /// The file's bytes, opened without following a last link (the path is already resolved) and without
    /// waiting on a FIFO; anything but a regular file of at most `maximumSize` bytes is refused.
    static func readPlainFile(_ path: String) -> AttachmentFile.Found {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            return code == ENOENT ? .missing : .refused(.unreadable(code))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .refused(.unreadable(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .refused(.folder)
        default: return .refused(.notPlainFile)
        }
        if Int(info.st_size) > maximumSize { return .refused(.tooLarge(Int(info.st_size))) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(info.st_size))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .refused(.unreadable(errno))
            }
            if count == 0 { return .bytes(bytes) }
            bytes += chunk[0..<count]
            if bytes.count > maximumSize { return .refused(.tooLarge(bytes.count)) }
        }
    }

    /// `./bilagor//rutin.pdf` → `bilagor/rutin.pdf`.
    static func normalized(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }

    /// As BUS014 sees it: absolute, home-relative, a URL scheme, or climbing with `..`.
    static func leavesFolder(_ path: String) -> Bool {
        ReferencesRule.leavesFolder(path)
    }

    static func parentFolder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path.isEmpty ? "." : path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

extension String {
    /// `Bilaga%201.pdf` → `Bilaga 1.pdf`; a name that is not valid percent-encoding stays as it is.
    fileprivate var removingPercentEncodingIfValid: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var utf8 = Array(self.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
               let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func attachmentMissing(_ file: String) -> LocalizedText {
        LocalizedText(sv: "bilagan `\(file)` finns inte; sidan nämner den utan länk",
                      en: "the attachment `\(file)` does not exist; the page names it without a link")
    }

    fileprivate static func attachmentRefused(_ file: String, _ reason: LocalizedText) -> LocalizedText {
        LocalizedText(sv: "bilagan `\(file)` publiceras inte: den \(reason.sv); sidan nämner den utan länk",
                      en: "the attachment `\(file)` is not published: it \(reason.en); the page names it without a link")
    }

    fileprivate static func putFile(_ file: String) -> LocalizedText {
        LocalizedText(sv: "Lägg bilagan som en vanlig fil i överenskommelsens mapp, på sökvägen `\(file)` räknat från den mappen, eller skriv under `fil:` den sökväg filen har där.",
                      en: "Put the attachment as a regular file in the agreement's folder, at the path `\(file)` from that folder, or write under `fil:` the path the file has there.")
    }

    fileprivate static func removePersonalData(_ file: String) -> LocalizedText {
        LocalizedText(sv: "Ta bort personnummer, barns namn, födelsedatum, adresser och telefonnummer ur `\(file)` (skriv \"ett barn\" i stället för namnet) och bygg igen.",
                      en: "Remove personal identity numbers, children's names, dates of birth, addresses and phone numbers from `\(file)` (write \"a child\" instead of the name) and build again.")
    }

    fileprivate static func renameFile(_ file: String) -> LocalizedText {
        LocalizedText(sv: "Byt namn på filen `\(file)` och skriv det nya namnet under `fil:`.",
                      en: "Rename the file `\(file)` and write the new name under `fil:`.")
    }

    fileprivate static let outsideFolder = LocalizedText(sv: "pekar utanför överenskommelsens mapp", en: "points outside the agreement's folder")
    fileprivate static let hidden = LocalizedText(sv: "är en dold fil eller ligger i en dold mapp", en: "is a hidden file or in a hidden folder")
    fileprivate static let takenByPage = LocalizedText(sv: "har samma namn som en sida bus-docs gör", en: "has the name of a page bus-docs makes")
    fileprivate static let linksOutside = LocalizedText(sv: "är en symbolisk länk som leder utanför överenskommelsens mapp",
                                                        en: "is a symbolic link that leads outside the agreement's folder")
    fileprivate static let folder = LocalizedText(sv: "är en mapp, inte en fil", en: "is a folder, not a file")
    fileprivate static let personalData = LocalizedText(
        sv: "innehåller personuppgifter (ett personnummer, ett barns namn, födelsedatum, adress eller telefonnummer) – ta bort dem ur filen",
        en: "holds personal data (a personal identity number, a child's name, date of birth, address or phone number) – remove them from the file")
    fileprivate static let notPlainFile = LocalizedText(sv: "är ingen vanlig fil (en FIFO eller enhet)", en: "is not a regular file (a FIFO or device)")

    fileprivate static func tooLarge(_ size: Int) -> LocalizedText {
        let megabytes = (size + 1024 * 1024 - 1) / (1024 * 1024), limit = AttachmentFiles.maximumSize / (1024 * 1024)
        return LocalizedText(sv: "är \(megabytes) MB, större än gränsen \(limit) MB", en: "is \(megabytes) MB, over the limit of \(limit) MB")
    }

    fileprivate static func unreadable(_ code: Int32) -> LocalizedText {
        FileProblem.system(code, path: "").reason
    }
}
