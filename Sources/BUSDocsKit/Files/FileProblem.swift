#if canImport(Glibc)
import Glibc
#endif

/// A file or folder bus-docs cannot use, and why, in both languages: `Agreements/x.md: does not exist`.
/// The command line turns it into exit status 2.
public struct FileProblem: Error, Equatable, Sendable {
    public var path: String
    public var reason: LocalizedText

    public init(path: String, reason: LocalizedText) {
        self.path = path
        self.reason = reason
    }

    /// `path: reason`, as printed.
    public var message: LocalizedText {
        LocalizedText(sv: "\(path): \(reason.sv)", en: "\(path): \(reason.en)")
    }

    /// A failed system call on `path`, in words: ENOENT is "does not exist", EACCES "no permission".
    public static func system(_ code: Int32, path: String, writing: Bool = false) -> FileProblem {
        let verb = writing ? LocalizedText(sv: "kan inte skrivas", en: "cannot be written")
                           : LocalizedText(sv: "kan inte läsas", en: "cannot be read")
        let reason: LocalizedText
        switch code {
        case ENOENT:
            reason = LocalizedText(sv: "finns inte", en: "does not exist")
        case EACCES, EPERM:
            reason = LocalizedText(sv: "\(verb.sv) (behörighet saknas)", en: "\(verb.en) (no permission)")
        case ELOOP:
            reason = LocalizedText(sv: "\(verb.sv) (för många nivåer av symboliska länkar)",
                                   en: "\(verb.en) (too many levels of symbolic links)")
        default:
            let words = String(cString: strerror(code))
            reason = LocalizedText(sv: "\(verb.sv) (\(words))", en: "\(verb.en) (\(words))")
        }
        return FileProblem(path: path, reason: reason)
    }

    static func doesNotExist(_ path: String, meant: String) -> FileProblem {
        FileProblem(path: path, reason: LocalizedText(sv: "finns inte — menade du \(meant)?", en: "does not exist — did you mean \(meant)?"))
    }

    /// No `Agreements/` here (a first start): name the file, or make a draft there; the `.md` files here named.
    static func noAgreementsFolder(_ path: String, found: [String]) -> FileProblem {
        let shown = found.prefix(3).joined(separator: ", ") + (found.count > 3 ? " …" : "")
        guard let first = found.first else {
            return FileProblem(path: path, reason: LocalizedText(
                sv: "ingen sådan mapp här, och ingen .md-fil — skapa ett utkast med bus-docs new -o Agreements/, eller ange överenskommelsens fil",
                en: "no such folder here, and no .md file — make a draft with bus-docs new -o Agreements/, or name the agreement's file"))
        }
        return FileProblem(path: path, reason: LocalizedText(
            sv: "ingen sådan mapp här (här finns \(shown)) — ange överenskommelsens fil, t.ex. \(first), eller skapa ett utkast med bus-docs new -o Agreements/",
            en: "no such folder here (here: \(shown)) — name the agreement's file, e.g. \(first), or make a draft with bus-docs new -o Agreements/"))
    }

    /// A folder where one agreement is wanted (`agreement Agreements/`): name one of its agreements.
    static func isAFolder(_ path: String, agreements: [String]) -> FileProblem {
        guard let first = agreements.first else {
            return FileProblem(path: path, reason: LocalizedText(sv: "är en mapp, utan överenskommelser (*.md-filer) — ange en överenskommelses fil",
                                                                 en: "is a folder, with no agreements (*.md files) — name an agreement's file"))
        }
        if agreements.count > 1, agreements.count <= 4 {
            let sv = agreements.listed("eller"), en = agreements.listed("or")
            return FileProblem(path: path, reason: LocalizedText(sv: "är en mapp — ange en av överenskommelserna i den: \(sv)",
                                                                 en: "is a folder — name one of the agreements in it: \(en)"))
        }
        return FileProblem(path: path, reason: LocalizedText(sv: "är en mapp — ange en överenskommelse, t.ex. \(first)",
                                                             en: "is a folder — name one agreement, e.g. \(first)"))
    }

    static func noAgreements(in folder: String) -> FileProblem {
        FileProblem(path: folder, reason: LocalizedText(sv: "inga överenskommelser (*.md-filer) i mappen",
                                                        en: "no agreements (*.md files) in this folder"))
    }
}

/// A failed system call: its errno.
public struct SystemError: Error, Equatable, Sendable {
    public var code: Int32

    public init(_ code: Int32) {
        self.code = code
    }
}
