import BUSDocsKit

/// A readable tree of the model with every value's source position, for parser golden tests.
struct ModelDump {
    private var lines: [String] = []
    private var depth = 0

    static func dump(_ agreement: Agreement) -> String {
        var dump = ModelDump()
        dump.agreement(agreement)
        return dump.lines.joined(separator: "\n") + "\n"
    }

    private mutating func line(_ text: String) {
        lines.append(String(repeating: "  ", count: depth) + text)
    }

    private mutating func nested(_ title: String, _ body: (inout ModelDump) -> Void) {
        line(title)
        depth += 1
        body(&self)
        depth -= 1
    }

    private mutating func value<T>(_ name: String, _ located: Located<T>?) {
        guard let located else { return }
        line("\(name) @\(located.range): \(located.value)")
    }

    private mutating func values<T>(_ name: String, _ list: [Located<T>]) {
        guard !list.isEmpty else { return }
        line("\(name): " + list.map { "\($0.value)@\($0.range.start)" }.joined(separator: ", "))
    }

    private mutating func agreement(_ a: Agreement) {
        line("agreement front matter @\(a.frontMatterRange)")
        value("formatVersion", a.formatVersion)
        value("kind", a.kind.map { Located($0.value.rawValue, at: $0.range) })
        value("title", a.title)
        value("area", a.area)
        value("municipality", a.municipality)
        values("cityDistricts", a.cityDistricts)
        value("ruleSet", a.ruleSet)
        if let validity = a.validity {
            nested("validity @\(validity.range)") {
                $0.value("from", validity.from.map { Located($0.value.raw, at: $0.range) })
                $0.value("until", validity.until)
            }
        }
        for revision in a.revisions {
            nested("revision @\(revision.range)") {
                $0.value("date", revision.date.map { Located($0.value.raw, at: $0.range) })
                $0.value("description", revision.description)
            }
        }
        for party in a.parties {
            nested("party \(party.id.value) @\(party.range)") {
                $0.value("name", party.name)
                $0.value("principal", party.principal.map { Located($0.value.rawValue, at: $0.range) })
                $0.values("services", party.services)
            }
        }
        for group in a.groups { self.group(group) }
        if let d = a.deviations {
            nested("deviations @\(d.range)") {
                $0.value("firstStep", d.firstStep)
                $0.values("escalation", d.escalation)
                $0.value("receiver", d.receiver)
                $0.value("form", d.form)
            }
        }
        value("consent", a.consent.map { Located($0.value.rawValue, at: $0.range) })
        if let sip = a.sip {
            nested("sip @\(sip.range)") {
                $0.values("initiators", sip.initiators)
                $0.value("school", sip.school.map { Located($0.value.rawValue, at: $0.range) })
            }
        }
        if let f = a.followUp {
            nested("followUp @\(f.range)") {
                $0.value("period", f.period.map { Located($0.value.text, at: $0.range) })
                $0.value("owner", f.owner)
                $0.values("indicators", f.indicators)
            }
        }
        for s in a.signatories {
            nested("signatory @\(s.range)") { $0.value("party", s.party); $0.value("role", s.role) }
        }
        for b in a.attachments {
            nested("attachment @\(b.range)") { $0.value("title", b.title); $0.value("template", b.template); $0.value("file", b.file) }
        }
        nested("body from line \(a.body.firstLine)") {
            for section in a.body.sections { $0.section(section) }
        }
    }

    private mutating func group(_ g: Group) {
        nested("group \(g.id.value) @\(g.range)") {
            $0.value("kind", g.kind.map { Located($0.value.rawValue, at: $0.range) })
            $0.value("name", g.name)
            for m in g.members {
                $0.line("member @\(m.range): \(m.party?.value ?? "-") / \(m.role?.value ?? "-") / substitute \(m.substitute?.value ?? "-")")
            }
            $0.value("meetings", g.meetings.map { Located(Self.describe($0.value), at: $0.range) })
            $0.value("chair", g.chair.map { Located(Self.describe($0.value), at: $0.range) })
            $0.value("convener", g.convener.map { Located("\($0.value.party?.value ?? "-") / \($0.value.role?.value ?? "-")", at: $0.range) })
            $0.value("protocol", g.protocolTemplate)
        }
    }

    private static func describe(_ cadence: Cadence) -> String {
        switch cadence {
        case let .atLeast(count, per): return "at least \(count) per \(per.rawValue)"
        case let .whenNeeded(days): return "when needed, within \(days.map { "\($0.value)@\($0.range.start)" } ?? "-") days"
        }
    }

    private static func describe(_ chair: Chair) -> String {
        switch chair {
        case let .fixed(party): return "fixed \(party.value)@\(party.range.start)"
        case let .rotating(turns, period):
            return "rotating " + turns.map { "\($0.value.text)@\($0.range.start)" }.joined(separator: ", ") + (period.map { " per \($0.value.rawValue)" } ?? "")
        }
    }

    private mutating func section(_ s: Section) {
        let id = s.explicitID.map { " {#\($0)}" } ?? ""
        nested("h\(s.level) \"\(s.heading)\"\(id) @\(s.range) (\(s.markdown.count) characters)") {
            for child in s.children { $0.section(child) }
        }
    }
}
