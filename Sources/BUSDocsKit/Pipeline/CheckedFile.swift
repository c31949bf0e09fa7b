/// The checking half of the pipeline, collect → read → parse → validate, as every command, `serve`,
/// the fuzz target and the tests run it. The rendering half (views → render → write) is `Templates`'
/// `CheckedAgreement` and `SiteBuilder`.
public struct CheckedFile: Sendable {
    public var path: String
    public var parsed: ParsedAgreement
    public var diagnostics: [Diagnostic]

    public init(path: String, parsed: ParsedAgreement, diagnostics: [Diagnostic]) {
        self.path = path
        self.parsed = parsed
        self.diagnostics = diagnostics
    }

    /// The agreement files the paths name (folders searched for `*.md`); no paths means `Agreements/`.
    public static func collect(_ paths: [String], in fileSystem: FileSystem = .system) throws -> [String] {
        try AgreementFiles.collect(paths.isEmpty ? ["Agreements"] : paths, in: fileSystem)
    }

    /// One file read, parsed and checked.
    public static func read(_ path: String, validator: Validator, in fileSystem: FileSystem = .system) throws -> CheckedFile {
        checked(try AgreementFiles.read(path, in: fileSystem), path: path, validator: validator)
    }

    /// Bytes that are not (or not yet) a file, parsed and checked as if read from `path`.
    public static func parse(bytes: [UInt8], path: String, validator: Validator) -> CheckedFile {
        checked(AgreementParser.parse(bytes: bytes, path: path), path: path, validator: validator)
    }

    private static func checked(_ parsed: ParsedAgreement, path: String, validator: Validator) -> CheckedFile {
        CheckedFile(path: path, parsed: parsed, diagnostics: validator.validate(parsed))
    }

    /// The file's part of a check report.
    public var reportFile: CheckReport.File {
        CheckReport.File(path: path, source: parsed.source, diagnostics: diagnostics)
    }

    /// The file's part of a check report, with the section that answers each required topic.
    public func reportFile(withSectionsBy validator: Validator) -> CheckReport.File {
        CheckReport.File(path: path, source: parsed.source, diagnostics: diagnostics,
                         sections: SectionReport.topics(of: parsed, validator: validator))
    }
}

/// `check`: every file named, read → parse → validate on every core, reported in the order named.
public struct CheckRun: Sendable {
    public var paths: [String]
    public var validator: Validator
    /// Whether to report which section answers to each required topic (JSON shows it).
    public var sections: Bool

    public init(paths: [String], validator: Validator, sections: Bool = false) {
        self.paths = paths
        self.validator = validator
        self.sections = sections
    }

    public func report(in fileSystem: FileSystem = .system) throws -> CheckReport {
        let files = try CheckedFile.collect(paths, in: fileSystem)
        let validator = validator, sections = sections
        return CheckReport(files: try files.parallelMap { path in
            let file = try CheckedFile.read(path, validator: validator, in: fileSystem)
            return sections ? file.reportFile(withSectionsBy: validator) : file.reportFile
        })
    }
}
