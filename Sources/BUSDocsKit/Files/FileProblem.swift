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
