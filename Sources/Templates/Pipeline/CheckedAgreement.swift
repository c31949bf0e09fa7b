import BUSDocsKit

/// One agreement through the whole pipeline up to its views: read → parse → validate (`CheckedFile`),
/// then the source the renderers take. `build`, `serve`, `protocol`, `deviation`, `report`, the fuzz
/// target and the tests all go through here.
public struct CheckedAgreement: Sendable {
    public var file: CheckedFile
    /// Its folder in a site.
    public var slug: String
    /// Nil when the file has no model to render (not text, no front matter, a YAML error).
    public var document: DocumentSource?

    public init(_ file: CheckedFile, slug: String, validator: Validator) {
        self.file = file
        self.slug = slug
        document = file.parsed.agreement.map { agreement in
            DocumentSource(agreement: agreement, diagnostics: file.diagnostics, ruleSet: validator.ruleSet(for: agreement).0, slug: slug, today: validator.today)
        }
    }

    public var path: String { file.path }
    public var parsed: ParsedAgreement { file.parsed }
    public var diagnostics: [Diagnostic] { file.diagnostics }

    /// One file; its slug, when not given, is made from its name alone.
    public static func load(_ path: String, slug: String? = nil, validator: Validator) throws -> CheckedAgreement {
        CheckedAgreement(try CheckedFile.read(path, validator: validator), slug: slug ?? Slugs.make(for: [path])[0], validator: validator)
    }

    /// Bytes checked as the file `path` (the fuzz target, tests).
    public static func parse(bytes: [UInt8], path: String, slug: String, validator: Validator) -> CheckedAgreement {
        CheckedAgreement(CheckedFile.parse(bytes: bytes, path: path, validator: validator), slug: slug, validator: validator)
    }

    /// Every file of a list with its site folder, checked on every core.
    public static func loadAll(_ paths: [String], validator: Validator) throws -> [CheckedAgreement] {
        try Array(zip(paths, Slugs.make(for: paths))).parallelMap { path, slug in try load(path, slug: slug, validator: validator) }
    }

    /// With its attachments' files read from beside it, for a site that publishes them (`build`, `serve`).
    /// An agreement withheld for personal data publishes none (`siteEntry`): they are not read, nor said
    /// to be missing under a file name whose personal data is masked.
    public func readingAttachments() -> CheckedAgreement {
        guard var document, !UnreadableSource.withholds(diagnostics) else { return self }
        document.attachmentFiles = AttachmentFiles.read(document.agreement.attachments, agreementPath: path, taken: document.generatedFiles)
        var copy = self
        copy.document = document
        return copy
    }

    /// The attachments listed whose files are not published, each with why: a missing file, or one
    /// refused (a link outside the folder, not a plain file, too large). A path that climbs out of the
    /// folder is left out: BUS014 reports it.
    public var unpublishedAttachments: [AttachmentFile] {
        (document?.attachmentFiles ?? []).filter { file in
            if case .refused = file.found, ReferencesRule.leavesFolder(file.reference.value) { return false }
            return !file.isPublished
        }
    }

    /// What a site shows of it: its documents, or a page saying it cannot be read — or, when it holds a
    /// personal identity number, that it is not published and why.
    public var siteEntry: SiteEntry {
        if document != nil, UnreadableSource.withholds(diagnostics) {
            return .unreadable(UnreadableSource(withholding: path, slug: slug, diagnostics: diagnostics))
        }
        if let document { return .readable(document) }
        return .unreadable(UnreadableSource(path: path, slug: slug, diagnostics: diagnostics, source: parsed.source))
    }

    /// Its findings; with its attachments read, also a warning for each attachment not published.
    public var reportFile: CheckReport.File {
        var report = file.reportFile
        report.diagnostics += unpublishedAttachments.compactMap(\.finding)
        return report
    }
}
