/// One participating service provider (`parter[]`).
public struct Party: Equatable, Sendable {
    public var id: Located<String>
    public var name: Located<String>?
    public var principal: Located<Principal>?
    /// Service ids (`verksamheter`), e.g. `bup`; see `ServiceCatalog` for their names.
    public var services: [Located<String>]
    public var range: SourceRange

    public init(
        id: Located<String>, name: Located<String>? = nil, principal: Located<Principal>? = nil,
        services: [Located<String>] = [], range: SourceRange
    ) {
        self.id = id
        self.name = name
        self.principal = principal
        self.services = services
        self.range = range
    }

    public func provides(_ service: String) -> Bool {
        services.contains { $0.value == service }
    }
}

/// One manager who signs (`undertecknare[]`).
public struct Signatory: Equatable, Sendable {
    public var party: Located<String>?
    public var role: Located<String>?
    public var range: SourceRange
}

/// One attachment (`bilagor[]`): a built-in form (`mall`) or a file of the area's own.
public struct Attachment: Equatable, Sendable {
    /// How a group's `protokoll` or the deviation routine's `blankett` can name this attachment.
    public var id: Located<String>?
    public var title: Located<String>?
    public var template: Located<String>?
    public var file: Located<String>?
    public var range: SourceRange
}
