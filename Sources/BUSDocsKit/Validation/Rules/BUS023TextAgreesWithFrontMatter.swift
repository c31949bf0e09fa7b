/// BUS023: the body — the text the parties sign — says what the front matter says: consent, the
/// school's SIP duty, how often the agreement is followed up, the individforum's deadline and how
/// often standing groups meet, and the agreement's last day. The finding points at the sentence that
/// says otherwise.
public struct TextAgreesWithFrontMatterRule: Rule {
    public init() {}
    public let id = "BUS023"
    public let severity = Severity.error
    public let title = LocalizedText(sv: "Texten och YAML-huvudet", en: "Text and front matter")
    public let sentence = LocalizedText(
        sv: "Det är överenskommelsens text som parterna undertecknar; uppgifterna i huvudet ska säga detsamma som texten.",
        en: "The parties sign the agreement's text; the data in the front matter must say what the text says.")
    public let remedy = LocalizedText(
        sv: "Skriv samma sak i texten som i YAML-huvudet; det är texten som undertecknas.",
        en: "Make the text say what the front matter says; the text is what is signed.")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let agreement = context.agreement
        // Only the phrases the body holds at all are tried sentence by sentence.
        var phrases = context.ruleSet.contradictions
        phrases.oralConsent = context.present(phrases.oralConsent)
        phrases.followUpWords = context.present(phrases.followUpWords)
        phrases.meetingWords = context.present(phrases.meetingWords)
        phrases.forumMeetingWords = context.present(phrases.forumMeetingWords)
        phrases.whenNeeded = phrases.whenNeeded.filter { context.mayOccur($0.phrase) }
        func says(_ candidates: [StemPhrase], _ sentence: Sentence) -> Bool { Self.says(candidates, sentence, phrases) }
        var findings: [Diagnostic] = []
        /// `required`: what the rule set requires, when the text says less than that: then changing the
        /// front matter to what the text says breaks a rule, and rewriting the sentence is the only fix.
        func report(_ sentence: Sentence, says text: LocalizedText, key: String, required: LocalizedText?) {
            findings.append(finding(.textSays(text, frontMatter: key), at: sentence.location, hint: required.map { .rewrite(toRequire: $0) } ?? .rewriteOrChange))
        }
        /// One finding per sentence: a sentence already reported is not reported again for being on demand.
        func reportWhenNeeded(_ sentence: Sentence, says text: LocalizedText, key: String, replacing said: QuotedPhrase, with cadence: String) {
            guard !findings.contains(where: { $0.location == sentence.location }) else { return }
            findings.append(finding(.textSays(text, frontMatter: key), at: sentence.location, hint: .write(cadence, insteadOf: said.text)))
        }

        // Written consent is the only kind BUS008 accepts: the header is always at the minimum.
        if agreement.consent?.value == .written {
            for sentence in Self.oralConsentSentences(context) {
                report(sentence, says: .oralConsent, key: "samtycke: skriftligt", required: .writtenConsent)
            }
            // "Vid brådskande ärenden kan barnet diskuteras utan vårdnadshavarnas samtycke": less than oral.
            let without = context.present(phrases.withoutConsent)
            for sentence in context.sentences(mayHold: without) where !findings.contains(where: { $0.location == sentence.location }) {
                // "… gör alltid en orosanmälan till socialtjänsten; för den behövs inget samtycke": the
                // sentence before, which it points back to, names the duty by law.
                guard Self.raisesWithoutConsent(sentence, phrases, candidates: without),
                      !(Self.pointsBack(sentence) && Self.continuesParagraph(about: phrases.dutiesByLaw, sentence, in: context)) else { continue }
                findings.append(finding(.textSays(.withoutConsent, frontMatter: "samtycke: skriftligt"), at: sentence.location, hint: .raiseWithWrittenConsent))
            }
        }
        // Principal deviations go to the receiver the front matter names (an unknown one is BUS007's).
        if let receiver = agreement.deviations?.receiver, context.ruleSet.acceptsReceiver(receiver.value) {
            let sending = context.present(phrases.principalDeviations)
            // The receiver's names as phrases, made once a sentence says where principal deviations go (few
            // do): making them costs more than the rest of this check.
            var names: [StemPhrase]?
            for sentence in context.sentences(mayHold: sending) where sending.contains(where: sentence.says) {
                if names == nil {
                    names = ([receiver.value] + context.ruleSet.deviationReceivers
                        + context.ruleSet.bodies.filter { body in context.ruleSet.deviationReceivers.contains { body.isNamed($0) } }.flatMap { [$0.name] + $0.aliases })
                        .map { StemPhrase($0, gap: 1) }
                }
                guard !names!.contains(where: sentence.says) else { continue }
                findings.append(finding(.textSays(.principalDeviationsElsewhere, frontMatter: "mottagare: \(receiver.value)"),
                                        at: sentence.location, hint: .sendPrincipalDeviations(to: receiver.value)))
            }
        }
        // Only a text weaker than the front matter: `skolan: kan` under a text that says "ska" is BUS010's.
        // Whether the school shall call is the agreement's choice (no law says so): the hint makes the
        // text say what the front matter says, and claims no requirement.
        if agreement.sip?.school?.value == .shall {
            for wording in Self.schoolWeakerWordings(in: context) {
                let says: LocalizedText = switch wording.kind {
                case .may(let modal): .schoolMay(modal)
                case .needNot: .schoolNeedNot
                case .decides: .schoolDecides
                }
                findings.append(finding(.textSays(says, frontMatter: "skolan: ska"), at: wording.sentence.location, hint: .writeShall(wording.shall, insteadOf: wording.said)))
            }
        }
        if let period = agreement.followUp?.period?.value {
            // Each follow-up sentence with how often it says (read once: both checks below ask it).
            let followUps = context.sentences(mayHold: phrases.followUpWords).filter { sentence in phrases.followUpWords.contains(where: sentence.says) }
                .map { (sentence: $0, cadence: FrequencyPhrase.cadenceMatch(in: $0.words[...])) }
            for (sentence, cadence) in followUps {
                guard let match = cadence else { continue }
                let perYear = Double(match.times) * match.interval.perYear
                guard perYear < period.perYear else { continue }
                let minimum = context.ruleSet.minimumFollowUp
                report(sentence, says: .followedUpLessOften(sentence.original(match.words, in: context.source)), key: "uppföljning.per: \(period.text)",
                       required: perYear < Double(minimum.perYear) ? .followUp(per: minimum) : nil)
            }
            // "Styrgruppen följer upp överenskommelsen vid behov": the only follow-up the text gives.
            let ofTheAgreement = followUps.filter { Self.speaksOfTheAgreement($0.sentence) }
            if !ofTheAgreement.contains(where: { $0.cadence != nil }) {
                for (sentence, _) in ofTheAgreement {
                    guard let said = Self.onlyWhenNeeded(sentence.words[...], phrases) else { continue }
                    reportWhenNeeded(sentence, says: .followedUpOnly(said.text), key: "uppföljning.per: \(period.text)",
                                     replacing: said, with: Self.followUpWording(period))
                }
            }
        }
        // "Arbetsgruppen följer upp överenskommelsen" under `ansvarig: styrgrupp`.
        // An owner that may not own it is BUS011's finding, whose hint names the group the text gives.
        if let owner = agreement.followUp?.owner, let ownerKind = agreement.group(named: owner.value)?.kind?.value,
           context.ruleSet.followUpOwners.isEmpty || context.ruleSet.followUpOwners.contains(ownerKind) {
            for (sentence, subject) in Self.followUpSubjects(in: context) where subject.kind != ownerKind {
                let said = sentence.original(subject.index...subject.index, in: context.source)
                let word = said.first?.isUppercase == true ? ownerKind.definite.capitalizedFirst : ownerKind.definite
                // The front matter may follow the text when one group of that kind may own the follow-up.
                let allowed = context.ruleSet.followUpOwners
                let named = agreement.groups.filter { $0.kind?.value == subject.kind }
                let id = named.count == 1 && (allowed.isEmpty || allowed.contains(subject.kind)) ? named[0].id.value : nil
                findings.append(finding(.textSays(.followedUpBy(subject.kind), frontMatter: "ansvarig: \(owner.value)"), at: sentence.location,
                                        hint: id.map { .writeOwner($0, orInText: word, insteadOf: said) } ?? .writeOwner(word, insteadOf: said, owner: owner.value)))
            }
        }
        let deadline = context.ruleSet.individualForumDeadlineDays
        for forum in agreement.groups(ofKind: .individualForum) {
            guard case .whenNeeded(let days?)? = forum.meetings?.value else { continue }
            let forumSentences = Self.forumSentences(in: context)
            for stated in Self.statedForumDeadlines(in: context) where stated.days > days.value {
                report(stated.sentence, says: .forumWithin(stated.said), key: "inom-dagar: \(days.value)",
                       required: stated.days > deadline ? .forumDeadline(deadline) : nil)
            }
            // "Individforum träffas en gång i månaden": a need waits for the next fixed meeting, longer than
            // the deadline, where no sentence of the forum gives the deadline itself (then the fixed meetings
            // are beside it) and the sentence meets on no other occasion ("… och därutöver vid behov").
            guard days.value <= deadline, !forumSentences.contains(where: { FrequencyPhrase.deadline(in: $0.words) != nil }) else { continue }
            for sentence in forumSentences where !findings.contains(where: { $0.location == sentence.location }) {
                // The cadence after a word that says the meeting, as a word of its own: "träffas en gång i
                // månaden", not "… inbjudan varje höst … vid rektorsträffarna".
                guard let match = FrequencyPhrase.cadenceMatch(in: sentence.words[...]),
                      sentence.words[..<match.words.lowerBound].contains(where: { word in phrases.forumMeetingWords.contains { $0.stemTexts.first.map(word.hasPrefix) ?? false } }),
                      Double(match.times) * match.interval.perYear < 365 / Double(days.value),
                      !phrases.whenNeeded.contains(where: { $0.phrase.matchRange(in: sentence.words[...]) != nil }),
                      !sentence.words.contains(where: phrases.additions.contains) else { continue }
                report(sentence, says: .forumMeetsOnly(sentence.original(match.words, in: context.source)), key: "inom-dagar: \(days.value)",
                       required: .forumDeadline(deadline))
            }
            // "Ärendet tas upp på nästa ordinarie möte": the same wait, with no cadence given.
            for sentence in forumSentences where !findings.contains(where: { $0.location == sentence.location }) {
                guard let match = phrases.nextMeeting.lazy.compactMap(sentence.match).first,
                      !phrases.whenNeeded.contains(where: { $0.phrase.matchRange(in: sentence.words[...]) != nil }) else { continue }
                report(sentence, says: .forumWaitsFor(sentence.original(match, in: context.source)), key: "inom-dagar: \(days.value)",
                       required: .forumDeadline(deadline))
            }
        }
        // "Protokoll förs inte" about the individforum, whose minutes the front matter keeps on a template
        // (BUS006 reports a forum without one). "Det är inte tillåtet att hålla mötet utan protokoll" turns
        // it around: a negation just before the phrase.
        let noMinutes = context.present(phrases.noMinutes)
        if !noMinutes.isEmpty, let template = agreement.groups(ofKind: .individualForum).lazy.compactMap(\.protocolTemplate).first {
            for sentence in context.sentences(mayHold: noMinutes) where Self.speaks(of: phrases.forumWords, sentence) {
                guard let match = noMinutes.lazy.compactMap(sentence.match).first,
                      !sentence.words[max(0, match.lowerBound - 3)..<match.lowerBound].contains(where: phrases.negations.contains) else { continue }
                report(sentence, says: .noMinutes, key: "protokoll: \(template.value)", required: .minutesOnTemplate)
            }
        }
        // "Individforum sammankallas av enhetschef på BUP": the party the text names convenes, in the role it names.
        for forum in agreement.groups(ofKind: .individualForum) {
            let header = forum.convener?.value.party?.value
            let headerRole = forum.convener?.value.role?.value
            let roles = context.ruleSet.mandateRoles
            // "Kallelse till individforum skickas av …" holds no meeting word.
            for sentence in context.sentences(mayHold: phrases.forumMeetingWords + [Self.calling])
            where Self.speaks(of: phrases.forumWords, sentence) || Self.continuesParagraph(about: phrases.forumWords, sentence, in: context) {
                guard let named = Self.convener(in: sentence, context: context),
                      // A convener no party has is BUS014's unknown reference, not a text that says otherwise.
                      header.map({ id in agreement.parties.contains { $0.id.value == id } }) ?? true else { continue }
                let said = LocalizedText.convenedBy(sentence.original(named.words, in: context.source))
                // A role without mandate in the text changes there, to the front matter's manager (BUS022).
                let manager = headerRole.flatMap { ConvenerMandateRule.isManager($0, roles: roles) ? $0 : nil } ?? "Enhetschef"
                let textRole = named.role
                let staff = textRole.map { !ConvenerMandateRule.isManager($0, roles: roles) } ?? false
                // The front matter's role in the text's case, and the text's in the front matter's.
                // "handläggaren" is definite: so is the manager written in its place ("enhetschefen").
                let definite = textRole.map { role in
                    let folded = role.folded()
                    return phrases.staffRoles.contains { staff in ["n", "en"].contains { folded.hasSuffix(staff + $0) } }
                } ?? false
                let inText = { (role: String) in
                    let word = definite ? Self.definite(role) : role
                    // A capital where the role starts the sentence ("Handläggaren …"), not for "kommunens BUS-samordnare".
                    return (named.words.lowerBound == 0 ? word.capitalizedFirst : word.lowercased(), textRole ?? "")
                }
                let asValue = textRole.map { Self.indefinite($0).capitalizedFirst }
                if !named.parties.isEmpty, header.map({ !named.parties.contains($0) }) ?? true {
                    let role = staff ? manager : asValue ?? headerRole
                    // "skolans rektor" where two parties run schools: either line says what the text says.
                    let lines = agreement.parties.map(\.id.value).filter(named.parties.contains).map { party in
                        "sammankallande: { part: \(party)\(role.map { ", roll: \($0)" } ?? "") }"
                    }
                    findings.append(finding(
                        header.map { .textSays(said, frontMatter: "sammankallande: { part: \($0) }") } ?? .textSaysNoConvener(said, forum: forum.id.value),
                        at: sentence.location, hint: staff ? .writeConvener(lines, forum: forum.id.value, andInText: inText(manager)) : .writeConvener(lines, forum: forum.id.value)))
                } else if let textRole, let headerRole, ConvenerMandateRule.isManager(headerRole, roles: roles), !Self.sameRole(textRole, headerRole) {
                    // The same party, or none named, in another role: a manager's goes into the front matter,
                    // staff's gives way to it.
                    findings.append(finding(.textSays(said, frontMatter: "roll: \(headerRole)"), at: sentence.location,
                                            hint: staff ? .writeManager(inText(headerRole)) : .writeRole(asValue ?? textRole, forum: forum.id.value)))
                } else {
                    continue
                }
                break
            }
        }
        if let until = agreement.validity?.until?.value {
            findings += validityFindings(until: until, context)
        }
        let meetingSentences = context.sentences(mayHold: phrases.meetingWords)
        let clauses = meetingSentences.flatMap { sentence in
            Self.meetingClauses(of: sentence, meetingWords: phrases.meetingWords, agreement: agreement).map { (sentence, $0.kind, $0.words) }
        }
        for (sentence, kind, words) in clauses {
            guard let match = Self.meetingCadence(in: words) else { continue }
            let stated = Double(match.times) * match.interval.perYear
            // The words to replace, with "minst" or "cirka" before them: "minst en gång per termin".
            let start = match.words.lowerBound > 0 && ["minst", "hogst", "cirka", "ca", "ungefar"].contains(sentence.words[match.words.lowerBound - 1])
                ? match.words.lowerBound - 1 : match.words.lowerBound
            let said = sentence.original(start...match.words.upperBound, in: context.source)
            for group in agreement.groups(ofKind: kind) {
                guard case let .atLeast(count, period)? = group.meetings?.value, stated < Double(count * period.perYear) else { continue }
                // The front matter's cadence in the sentence: never below the rule set's, which is BUS005's.
                findings.append(finding(.textSays(.meetsLessOften(kind, said), frontMatter: "möten: { minst: \(count), per: \(period.rawValue) }"),
                                        at: sentence.location, hint: .write(CadenceWording.atLeast(count, per: period).sv, insteadOf: said)))
            }
        }
        // "Styrgruppen, som möts vid behov, …": a standing group whose only cadence in the text is on demand.
        if !phrases.whenNeeded.isEmpty {
            let statedCadence = Set(clauses.filter { Self.meetingCadence(in: $0.2) != nil }.map(\.1))
            for (sentence, kind, words) in clauses where !statedCadence.contains(kind) {
                guard let said = Self.onlyWhenNeeded(words, phrases) else { continue }
                for group in agreement.groups(ofKind: kind) {
                    guard case let .atLeast(count, period)? = group.meetings?.value else { continue }
                    reportWhenNeeded(sentence, says: .meetsOnlyWhenNeeded(kind), key: "möten: { minst: \(count), per: \(period.rawValue) }",
                                     replacing: said, with: CadenceWording.atLeast(count, per: period).sv)
                    break
                }
            }
        }
        return findings
    }

    /// "Överenskommelsen gäller t.o.m. 2027-12-31" under `till: tillsvidare`, another last day than
    /// `till:`, or "tills vidare" under a date that no sentence of the text gives as the last day.
    private func validityFindings(until: ValidityEnd, _ context: RuleContext) -> [Diagnostic] {
        // A last day before the first is BUS012's finding: the front matter is wrong whatever the text says.
        if let last = until.endDate, let first = context.agreement.validity?.from?.value.date, last < first { return [] }
        let said = context.sentences(mayHold: Self.validityVerbs).compactMap { sentence in ValidityWording(sentence).map { (sentence, $0) } }
        // Only a readable date is compared below: an unreadable one is BUS012's.
        let key = "till: \(until.endDate?.description ?? "tillsvidare")"
        var findings: [Diagnostic] = []
        for (sentence, wording) in said {
            switch (until, wording.end) {
            case (.untilFurtherNotice, let end?):
                let words = sentence.original(end.said, in: context.source)
                findings.append(finding(.textSays(.validUntil(words), frontMatter: key),
                                        at: sentence.location, hint: .writeUntil(end.days.upperBound.description, orInText: "tills vidare", insteadOf: words)))
            case (.date(let text), let end?):
                guard let last = text.date, !end.days.contains(last) else { continue }
                let date = sentence.original(end.date, in: context.source)
                // In the sentence's own style: "31 december 2027" where it writes the month's name, the year
                // alone where it writes one ("utgången av år 2027") and the front matter's day ends that year.
                let yearAlone = end.date.count == 1 && sentence.words[end.date.lowerBound].count == 4 && last.month == 12 && last.day == 31
                let written = yearAlone ? String(last.year) : sentence.words[end.date].contains { Int($0) == nil } ? last.swedishProse : last.description
                findings.append(finding(.textSays(.validUntil(sentence.original(end.said, in: context.source)), frontMatter: key),
                                        at: sentence.location, hint: .writeUntil(end.days.upperBound.description, orInText: written, insteadOf: date)))
            case (.date(let text), nil):
                guard let last = text.date, let words = wording.untilFurtherNotice,
                      !said.contains(where: { $0.1.end?.days.contains(last) == true }) else { continue }
                findings.append(finding(.textSays(.validUntil(sentence.original(words, in: context.source)), frontMatter: key),
                                        at: sentence.location, hint: .writeUntil("tillsvidare", orInText: "till och med \(last)", insteadOf: sentence.original(words, in: context.source))))
            case (.untilFurtherNotice, nil):
                // "Överenskommelsen gäller i tre år": its last day, counted from `från`, is what to write.
                guard wording.untilFurtherNotice == nil, let duration = wording.duration,
                      let first = context.agreement.validity?.from?.value.date else { continue }
                let words = sentence.original(duration.said, in: context.source)
                findings.append(finding(.textSays(.validUntil(words), frontMatter: key), at: sentence.location,
                                        hint: .writeUntil(first.adding(months: duration.months).adding(days: -1).description, orInText: "tills vidare", insteadOf: words)))
            }
        }
        return findings
    }

    private static let validityVerbs = [StemPhrase("gäller$"), StemPhrase("gälla$"), StemPhrase("giltig$"), StemPhrase("giltigt$"), StemPhrase("upphör$"), StemPhrase("löper$")]

    /// A phrase said, and not turned around by a negation just before or after it.
    /// The sentences that let oral consent do, each once: a phrase across the sentence ("Samtycke från
    /// vårdnadshavarna inhämtas muntligt") unless "skriftligt" stands between its words (then "muntligt"
    /// is about something else), and oral consent in other words ("Det räcker att vårdnadshavaren har
    /// sagt ja i telefon") in a sentence with no negation and no written word. BUS008 notes them where
    /// the front matter itself is not written.
    static func oralConsentSentences(_ context: RuleContext) -> [Sentence] {
        var phrases = context.ruleSet.contradictions
        phrases.oralConsent = context.present(phrases.oralConsent)
        var found: [Sentence] = []
        for sentence in context.sentences(mayHold: phrases.oralConsent) {
            let oral = phrases.oralConsent.contains { phrase in
                guard says([phrase], sentence, phrases), let match = sentence.match(phrase) else { return false }
                if oralFallsShort(match, in: sentence, phrases) { return false }
                guard phrase.gap == StemPhrase.anyGap else { return true }
                // "skriftligt eller muntligt": the written word an alternative to the oral one, not between.
                let words = sentence.words
                return !words[match].indices.contains { index in
                    phrases.written.contains { $0.matches([words[index]]) } && !(index + 2 == match.upperBound && ["eller", "och"].contains(words[index + 1]))
                }
            }
            if oral { found.append(sentence) }
        }
        let oralYes = context.present(phrases.oralYes)
        for sentence in context.sentences(mayHold: oralYes) where !found.contains(where: { $0.location == sentence.location }) {
            guard let match = oralYes.lazy.compactMap({ sentence.match($0) }).first,
                  !sentence.words.contains(where: { word in phrases.negations.contains(word) || phrases.written.contains { $0.matches([word]) } }),
                  !oralFallsShort(match, in: sentence, phrases) else { continue }
            found.append(sentence)
        }
        // "… behövs vårdnadshavarnas samtycke. Det räcker att de ger det per telefon."
        let enough = context.present(phrases.oralEnough)
        for sentence in context.sentences(mayHold: enough) where !found.contains(where: { $0.location == sentence.location }) {
            guard let match = enough.lazy.compactMap({ sentence.match($0) }).first,
                  speaks(of: phrases.consent, sentence) || continuesParagraph(about: phrases.consent, sentence, in: context),
                  !negated(match, in: sentence, phrases), !sentence.words.contains(where: { word in phrases.written.contains { $0.matches([word]) } }),
                  !oralFallsShort(match, in: sentence, phrases) else { continue }
            found.append(sentence)
        }
        return found
    }

    /// Whether a negation stands in a match or just around it ("Det räcker inte att …", "… kan aldrig
    /// ges via sms"): one elsewhere in the sentence ("… där den enskilde inte deltar räcker det att …")
    /// turns nothing around.
    static func negated(_ match: ClosedRange<Int>, in sentence: Sentence, _ phrases: TextContradictions) -> Bool {
        let around = max(0, match.lowerBound - 2)..<min(sentence.words.count, match.upperBound + 4)
        return sentence.words[around].contains { phrases.negations.contains($0) }
    }

    static func says(_ candidates: [StemPhrase], _ sentence: Sentence, _ phrases: TextContradictions) -> Bool {
        candidates.contains { saidMatch($0, sentence, phrases) != nil }
    }

    /// The words of the first match of a phrase the sentence says (`says`), nil when it does not say it.
    static func saidMatch(_ phrase: StemPhrase, _ sentence: Sentence, _ phrases: TextContradictions) -> ClosedRange<Int>? {
        guard let match = sentence.match(phrase) else { return nil }
        let around = max(0, match.lowerBound - 2)..<min(sentence.words.count, match.upperBound + 4)
        return sentence.words[around].contains { phrases.negations.contains($0) } ? nil : match
    }

    /// Whether a sentence starts by pointing back to what the one before it names: "för den …", "för
    /// en sådan …" ("Det behövs inget samtycke …" points nowhere: it is a case raised without one).
    static func pointsBack(_ sentence: Sentence) -> Bool {
        let words = sentence.words
        guard words.first == "for", words.count > 2 else { return false }
        let next = words[1] == "en" || words[1] == "ett" ? words[2] : words[1]
        return ["den", "det", "detta", "denna", "dessa", "dem", "sadan", "sadant", "sadana"].contains(next)
    }

    /// Whether a sentence lets a case be raised without consent: it says so ("utan samtycke", "samtycke
    /// behöver inte inhämtas") and does not turn it around — no negation or "inga" outside those words
    /// ("Utan samtycke får inga uppgifter lämnas", "… kan ärendet inte lyftas"), no case raised
    /// anonymised ("… lyfts ärendet bara avidentifierat"), no report the law requires ("Orosanmälan
    /// görs utan samtycke").
    static func raisesWithoutConsent(_ sentence: Sentence, _ phrases: TextContradictions, candidates: [StemPhrase]) -> Bool {
        let words = sentence.words
        // Each phrase said, with its own negation ("Samtycke anses föreligga om vårdnadshavarna inte har
        // invänt": the second phrase holds the "inte" the first would be turned around by).
        let said = candidates.lazy.compactMap { sentence.match($0) }.contains { match in
            !words.indices.contains { !match.contains($0) && (phrases.negations.contains(words[$0]) || phrases.noneWords.contains(words[$0])) }
        }
        guard said else { return false }
        if phrases.anonymised.contains(where: { $0.matchRange(in: words[...]) != nil }) { return false }
        return !phrases.dutiesByLaw.contains { $0.matchRange(in: words[...]) != nil }
    }

    /// The party a sentence says convenes the group it speaks of, with the words that name it and the
    /// role written before them, as written ("enhetschef på BUP"): after "sammankallas av", "sammankallande är"; as
    /// the subject of "sammankallar", "kallar till", "är sammankallande", "ansvarar för att kalla". Nil
    /// when the sentence names none, several ("socialtjänsten eller BUP"), or a convener that rotates or is
    /// the chair.
    static func convener(in sentence: Sentence, context: RuleContext) -> (parties: Set<String>, words: ClosedRange<Int>, role: String?)? {
        let words = sentence.words
        guard let (keyword, namedAfter) = FactFinder.convenerKeyword(in: words) ?? responsibleForCalling(in: words) else {
            return staffConvener(in: sentence, keyword: nil, context: context)
        }
        if words[..<keyword].suffix(4).contains(where: { ["ordforanden", "ordforande"].contains($0) })
            || words.contains(where: { word in ["altern", "vaxl", "roter", "turas", "rullande"].contains { word.hasPrefix($0) } }) { return nil }
        let mentions = PartyMentions.parties(in: words, of: context.agreement, ruleSet: context.ruleSet)
        let chosen: [(parties: Set<String>, range: ClosedRange<Int>)]
        var relativeSubject: Range<Int>?
        if namedAfter {
            chosen = Array(mentions.filter { $0.range.lowerBound > keyword })
        } else if let inverted = mentions.firstIndex(where: { $0.range.lowerBound > keyword && $0.range.lowerBound <= keyword + 2 }) {
            // "Vid behov sammankallar BUP": the subject after the verb.
            chosen = Array(mentions[inverted...])
        } else {
            var boundary = (0..<keyword).last { FactFinder.clauseStarts.contains(words[$0]) } ?? -1
            // "Det är handläggaren på socialtjänsten som kallar till individforum": the subject the cleft
            // puts between "det är" and "som".
            let cleft = boundary >= 2 && words[boundary] == "som" && words[0] == "det" && words[1] == "ar"
            // "Enhetschefen på BUP som har ärendet kallar …": the subject and its relative clause.
            if !cleft, boundary >= 1, words[boundary] == "som" {
                relativeSubject = ((0..<boundary).last { FactFinder.clauseStarts.contains(words[$0]) } ?? -1) + 1..<boundary
                boundary = relativeSubject!.lowerBound - 1
            }
            chosen = mentions.filter { cleft ? $0.range.lowerBound > 1 && $0.range.lowerBound < boundary : $0.range.lowerBound > boundary && $0.range.lowerBound < keyword }
        }
        guard let first = chosen.first else {
            return mentions.isEmpty ? staffConvener(in: sentence, keyword: (keyword, namedAfter), context: context) : nil
        }
        let joined = FactFinder.joined(chosen.dropFirst().map { (party: $0.parties.sorted().joined(), at: $0.range.lowerBound) }[...], to: first.range.lowerBound, in: words)
        guard joined.isEmpty else { return nil }
        // The role just before the party ("enhetschef på BUP", "BUP:s enhetschef" after it).
        let roles = context.ruleSet.mandateRoles, phrases = context.ruleSet.contradictions
        let near = Array(max(0, first.range.lowerBound - 3)..<first.range.lowerBound) + Array((first.range.upperBound + 1)..<min(words.count, first.range.upperBound + 3))
        // A party named by its role ("rektor" names the school) has that role.
        // Before a relative clause the subject's own role: "Handläggaren som har ärendet på socialtjänsten".
        let roleAt = relativeSubject?.first { index in roles.contains { words[index].contains($0) } || phrases.isStaffRole(words[index]) }
            ?? near.first { index in index != keyword && roles.contains { words[index].contains($0) } }
            ?? near.first { index in index != keyword && phrases.isStaffRole(words[index]) }
            ?? first.range.first { index in roles.contains { words[index].contains($0) } }
        var start = first.range.lowerBound, role: String?
        if let roleAt {
            let from = Self.compoundStart(roleAt, in: sentence, context.source)
            role = sentence.original(from...roleAt, in: context.source)
            start = min(start, from)
        }
        let end = max(first.range.upperBound, roleAt ?? 0)
        return (first.parties, start...end, role)
    }

    /// "Kallelse till individforum skickas av …": a sentence that says who convenes without a meeting word.
    static let calling = StemPhrase("kallelse")

    /// A role without mandate that convenes where the sentence names no party: the role alone, with no
    /// party ("Individforum sammankallas av ansvarig socialsekreterare", "Handläggaren kallar till
    /// individforum", "… kallar ansvarig socialsekreterare till individforum").
    static func staffConvener(in sentence: Sentence, keyword: (at: Int, namedAfter: Bool)?, context: RuleContext) -> (parties: Set<String>, words: ClosedRange<Int>, role: String?)? {
        let words = sentence.words, phrases = context.ruleSet.contradictions
        let isStaff = { (index: Int) in phrases.isStaffRole(words[index]) }
        let found: Int?
        if let keyword {
            // "sammankallas individforum av ansvarig socialsekreterare": past the forum and "av".
            let after = (keyword.at + 1)..<min(words.count, keyword.at + (keyword.namedAfter ? 6 : 4))
            var before = keyword.namedAfter ? [] : Array((max(0, keyword.at - 3)..<keyword.at).reversed())
            // "Det är socialsekreteraren på mottagningsgruppen som skickar ut kallelsen": the cleft's subject;
            // "Socialsekreteraren som har ärendet kallar …": the subject before its relative clause.
            if !keyword.namedAfter, let som = words[..<keyword.at].lastIndex(of: "som"), som > 0 {
                let cleft = words.starts(with: ["det", "ar"]) && som > 2
                before += cleft ? Array(2..<som) : Array((max(0, som - 3)..<som).reversed())
            }
            found = after.first(where: isStaff) ?? before.first(where: isStaff)
        } else {
            // "kallar" with "till" a few words on: the subject stands between them, after the verb.
            found = words.indices.lazy.compactMap { verb -> Int? in
                guard words[verb] == "kallar", let till = words[(verb + 1)...].prefix(4).firstIndex(of: "till") else { return nil }
                return ((verb + 1)..<till).first(where: isStaff)
            }.first
        }
        return found.map { index in
            let from = compoundStart(index, in: sentence, context.source)
            return ([], from...index, sentence.original(from...index, in: context.source))
        }
    }

    /// Where the role at `index` starts with the words joined to it by a hyphen: "BUS-samordnaren" is
    /// one role, which a hint replaces whole.
    static func compoundStart(_ index: Int, in sentence: Sentence, _ source: SourceFile) -> Int {
        var from = index
        while from > 0, !sentence.original((from - 1)...from, in: source).contains(where: \.isWhitespace) { from -= 1 }
        return from
    }

    /// Whether the deadline at `range` is another thing's than the meeting's: a decision, an answer or
    /// the minutes named in the four words before it ("… och protokollet skickas inom en vecka").
    static func isAnotherDeadline(_ range: ClosedRange<Int>, in words: [String]) -> Bool {
        words[max(0, range.lowerBound - 4)..<range.lowerBound].contains { word in
            ["protokoll", "insats", "beslut", "svar", "aterkoppl", "utredning", "remiss", "atgard"].contains { word.hasPrefix($0) }
        }
    }

    /// A role in its definite form: "enhetschefen", "rektorn", "direktören".
    static func definite(_ role: String) -> String {
        role.hasSuffix("or") || role.hasSuffix("e") ? role + "n" : role + "en"
    }

    /// A role as the front matter writes it, from the definite form a sentence may use: "Enhetschefen"
    /// is `Enhetschef`, "rektorn" `rektor`, "föreståndaren" `föreståndare`; any other word as it stands.
    static func indefinite(_ role: String) -> String {
        let folded = role.lowercased()
        if folded.hasSuffix("aren") || folded.hasSuffix("orn") { return String(role.dropLast()) }
        if folded.hasSuffix("chefen") || folded.hasSuffix("ören") { return String(role.dropLast(2)) }
        return role
    }

    /// Whether two roles name the same one: one's words hold the other's ("chef" and "Enhetschef").
    static func sameRole(_ one: String, _ other: String) -> Bool {
        let a = Words.folded(one).joined(separator: " "), b = Words.folded(other).joined(separator: " ")
        return a.contains(b) || b.contains(a)
    }

    /// "X ansvarar för att kalla till individforum": the subject convenes.
    static func responsibleForCalling(in words: [String]) -> (at: Int, namedAfter: Bool)? {
        guard let at = words.firstIndex(where: { $0.hasPrefix("ansvar") }),
              words[(at + 1)...].prefix(4).contains(where: { ["kalla", "sammankalla", "kallelse", "kallelsen"].contains($0) }) else { return nil }
        return (at, false)
    }

    /// Whether oral consent (the words `match`) is what falls short rather than what will do: the case is
    /// then raised anonymised ("… lyfts ärendet avidentifierat"), the words after it refuse it ("…
    /// räcker inte"), or it stands in a condition that
    /// restricts it ("Om vårdnadshavaren bara har lämnat muntligt samtycke …") whose outcome asks for
    /// written consent or refuses ("… ska skriftligt samtycke inhämtas", "… kan ärendet inte lyftas").
    static func oralFallsShort(_ match: ClosedRange<Int>, in sentence: Sentence, _ phrases: TextContradictions) -> Bool {
        let words = sentence.words
        // After the phrase's first word: "… bara muntligt ska skriftligt samtycke inhämtas" says written
        // between the words of "muntligt … samtycke".
        let after = words[(match.lowerBound + 1)...]
        if phrases.anonymised.contains(where: { $0.matchRange(in: after) != nil }) { return true }
        // "Handläggaren informerar vårdnadshavarna muntligt om vad samtycket innebär", "… får muntlig
        // information om samtycket": the information is oral, not the consent.
        if words[max(0, match.lowerBound - 2)...match.upperBound].contains(where: { word in phrases.oralInformation.contains { $0.matches([word]) } }) { return true }
        // "… som bara har getts muntligt eller per telefon räcker inte": the oral consent refused.
        if phrases.insufficient.contains(where: { $0.matchRange(in: words[(match.upperBound + 1)...]) != nil }) { return true }
        // "… kan lämnas muntligt vid mötet men ska alltid bekräftas skriftligt": written consent is what it
        // takes, after a "men" and a "ska" or "måste" ("… men skriftligt är bättre" still lets oral do).
        if let but = words[(match.upperBound + 1)...].firstIndex(of: "men"),
           let must = words[(but + 1)...].firstIndex(where: { ["ska", "skall", "maste"].contains($0) }),
           words[(must + 1)...].contains(where: { word in phrases.written.contains { $0.matches([word]) } }) { return true }
        guard let condition = words[..<match.lowerBound].lastIndex(where: { phrases.conditions.contains($0) }),
              words[(condition + 1)...match.upperBound].contains(where: { phrases.restrictions.contains($0) }) else { return false }
        return after.contains { word in phrases.negations.contains(word) || phrases.written.contains { $0.matches([word]) } }
    }

    /// How a sentence makes the school's SIP duty weaker than "ska".
    enum SchoolWording {
        /// "Skolan kan kalla", "Rektor bör kalla": "ska" takes the modal's place; the modal as written.
        case may(String)
        /// "Skolan behöver inte kalla": "ska" takes the place of the modal and its negation.
        case needNot
        /// "Rektor avgör om skolan kallar till SIP": the whole sentence gives way to one that says "ska".
        case decides
    }

    /// What a sentence of the school deciding whether to call is replaced with: the duty, with the need
    /// that starts it as the law words it.
    static let schoolShallSentence = "Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän"

    /// The sentences that say the school may, or need not, call a SIP, or decides whether to, where no
    /// sentence says it shall: with the words that say so ("Skolan kan", "Skolan behöver inte", the whole
    /// sentence for a decision) and what to write in their place ("Skolan ska"). BUS010's hint changes
    /// these along with `skolan:`, so that following it leaves no finding of this rule.
    static func schoolWeakerWordings(in context: RuleContext) -> [(sentence: Sentence, said: String, shall: String, kind: SchoolWording)] {
        var phrases = context.ruleSet.contradictions
        phrases.schoolMay = context.present(phrases.schoolMay)
        phrases.schoolShall = context.present(phrases.schoolShall)
        phrases.schoolNeedNot = context.present(phrases.schoolNeedNot)
        phrases.schoolDecides = context.present(phrases.schoolDecides)
        phrases.schoolWills = context.present(phrases.schoolWills)
        phrases.schoolNoDuty = context.present(phrases.schoolNoDuty)
        // "Skolan ska kalla till SIP om rektorn vill": a shall left to the school's will is none.
        guard !phrases.schoolMay.isEmpty || !phrases.schoolNeedNot.isEmpty || !phrases.schoolDecides.isEmpty || !phrases.schoolWills.isEmpty
                || !phrases.schoolNoDuty.isEmpty,
              !context.sentences(mayHold: phrases.schoolShall).contains(where: { says(phrases.schoolShall, $0, phrases) && !schoolDecides($0, phrases) }) else { return [] }
        var found: [(sentence: Sentence, said: String, shall: String, kind: SchoolWording)] = []
        for sentence in context.sentences(mayHold: phrases.schoolMay + phrases.schoolNeedNot + phrases.schoolDecides + phrases.schoolWills + phrases.schoolNoDuty) {
            let whole = sentence.original(0...(sentence.words.count - 1), in: context.source)
            if schoolDecides(sentence, phrases) {
                found.append((sentence, whole, schoolShallSentence, .decides))
                continue
            }
            // "… skolan har inget eget ansvar för att kalla": the negation is part of the phrase.
            // SIP named in the sentence or its heading: "…; skolan har inget eget ansvar för att kalla." Not
            // the law's ("Skolan har ingen lagstadgad skyldighet …", "Enligt skollagen …"), which is so.
            if let match = phrases.schoolNoDuty.lazy.compactMap(sentence.match).first,
               !sentence.words.contains(where: { $0.hasPrefix("lagstad") || $0.hasPrefix("lag") && $0.count <= 5 || $0.hasSuffix("lagen") }),
               phrases.sip.contains(where: sentence.says) || sentence.headings.last.map({ heading in phrases.sip.contains { $0.matches(heading) } }) == true,
               sentence.words[(match.upperBound + 1)...].contains(where: { word in phrases.sipCalling.contains { $0.matches([word]) } }) {
                found.append((sentence, whole, schoolShallSentence, .needNot))
                continue
            }
            // "kan"/"får" unless a negation turns it around; "behöver inte" holds its negation.
            let needNot = phrases.schoolNeedNot.first { sentence.says($0) }
            guard let phrase = needNot ?? phrases.schoolMay.first(where: { says([$0], sentence, phrases) }),
                  let positions = phrase.matchPositions(in: sentence.words[...]), positions.count > 2 else { continue }
            // The modal is the second stem, with any negation stems after it; "ska" takes their place.
            let stems = phrase.stemTexts
            var lastModal = 1
            // "har möjlighet att" is one modal: "ska" takes the place of all three words.
            while lastModal + 1 < stems.count - 1, phrases.negations.contains(stems[lastModal + 1]) || ["mojlighet", "att"].contains(stems[lastModal + 1]) { lastModal += 1 }
            let said = sentence.original(positions[0]...positions[lastModal], in: context.source)
            let before = positions[1] > positions[0] ? sentence.original(positions[0]...(positions[1] - 1), in: context.source) : ""
            guard !said.isEmpty, !before.isEmpty else { continue }
            let modal = sentence.original(positions[1]...positions[lastModal], in: context.source).lowercased()
            found.append((sentence, said, before + " ska", needNot != nil ? .needNot : .may(modal)))
        }
        return found
    }

    /// "Rektor avgör om skolan kallar till SIP": the school (or its head) decides whether a SIP is called
    /// — a word of calling follows the decision before any word of need, in a sentence that names SIP;
    /// or its will does ("… om rektorn vill", "Det är upp till rektorn att …").
    /// "Rektor avgör om barnet behöver en SIP" is the need, which every party judges.
    private static func schoolDecides(_ sentence: Sentence, _ phrases: TextContradictions) -> Bool {
        guard phrases.sip.contains(where: sentence.says) else { return false }
        // "… om rektorn vill", "Det är upp till rektorn att …": the calling word anywhere in the sentence.
        if phrases.schoolWills.contains(where: { says([$0], sentence, phrases) }) {
            return sentence.words.contains { word in phrases.sipCalling.contains { $0.matches([word]) } }
        }
        guard let match = phrases.schoolDecides.lazy.filter({ says([$0], sentence, phrases) }).compactMap({ sentence.match($0) }).first else { return false }
        // "Om skolan ska kalla till SIP avgörs … av rektor": the calling inside the decision's words.
        if sentence.words[match].contains(where: { word in phrases.sipCalling.contains { $0.matches([word]) } }) { return true }
        let after = sentence.words[(match.upperBound + 1)...]
        func first(_ stems: [StemPhrase]) -> Int? { after.firstIndex { word in stems.contains { $0.matches([word]) } } }
        guard let calling = first(phrases.sipCalling) else { return false }
        return first(phrases.need).map { $0 > calling } ?? true
    }

    /// What the text says of how often a kind of group meets that this rule would find were the front
    /// matter to say `perYear` meetings a year: each sentence that states fewer (the words that do, with
    /// a "minst" before them) or, where no sentence states a cadence for it, only "vid behov". BUS005's
    /// hint changes these words along with `möten:`, so that following it leaves no finding of this rule.
    static func statedCadences(of kind: GroupKind, below perYear: Int, in context: RuleContext) -> [(sentence: Sentence, said: String)] {
        var phrases = context.ruleSet.contradictions
        phrases.meetingWords = context.present(phrases.meetingWords)
        phrases.whenNeeded = phrases.whenNeeded.filter { context.mayOccur($0.phrase) }
        let meetingSentences = context.sentences(mayHold: phrases.meetingWords)
        let clauses = meetingSentences.flatMap { sentence in
            meetingClauses(of: sentence, meetingWords: phrases.meetingWords, agreement: context.agreement).map { (sentence, $0.kind, $0.words) }
        }
        var found: [(sentence: Sentence, said: String)] = []
        for (sentence, clauseKind, clause) in clauses where clauseKind == kind {
            guard let match = meetingCadence(in: clause), Double(match.times) * match.interval.perYear < Double(perYear) else { continue }
            var words = match.words
            if words.lowerBound > 0, sentence.words[words.lowerBound - 1] == "minst" { words = (words.lowerBound - 1)...words.upperBound }
            found.append((sentence, sentence.original(words, in: context.source)))
        }
        guard !phrases.whenNeeded.isEmpty else { return found }
        guard !clauses.contains(where: { $0.1 == kind && FrequencyPhrase.perYear(in: $0.2) != nil }) else { return found }
        for (sentence, clauseKind, words) in clauses where clauseKind == kind && !found.contains(where: { $0.sentence.location == sentence.location }) {
            guard let said = onlyWhenNeeded(words, phrases), let range = said.phrase.matchRange(in: words) else { continue }
            found.append((sentence, sentence.original(range, in: context.source)))
        }
        return found
    }

    /// The phrase ("vid behov") by which words give on-demand as their only cadence: no frequency, no
    /// negation, and no word that makes it extra to a cadence given elsewhere ("därutöver vid behov").
    static func onlyWhenNeeded(_ words: ArraySlice<String>, _ phrases: TextContradictions) -> QuotedPhrase? {
        // The phrase first: most sentences have none, and then the rest need not be asked.
        guard let said = phrases.whenNeeded.first(where: { $0.phrase.matchRange(in: words) != nil }),
              meetingCadence(in: words) == nil,
              !words.contains(where: { phrases.additions.contains($0) || phrases.negations.contains($0) }) else { return nil }
        return said
    }

    /// A follow-up sentence about the agreement as a whole: it names the agreement, or stands under a
    /// heading about the follow-up ("Uppföljning av överenskommelsen"), not about a case.
    static func speaksOfTheAgreement(_ sentence: Sentence) -> Bool {
        let words = sentence.words + (sentence.headings.last ?? [])
        return words.contains { $0.hasPrefix("overenskommelse") || $0.hasPrefix("uppfoljning") }
    }

    /// The sentences that name a group as the one that follows up the agreement, with that group.
    static func followUpSubjects(in context: RuleContext, agreement: Agreement? = nil) -> [(Sentence, (index: Int, kind: GroupKind))] {
        var phrases = context.ruleSet.contradictions
        phrases.followUpWords = context.present(phrases.followUpWords)
        return context.sentences(mayHold: phrases.followUpWords).compactMap { sentence in
            followUpSubject(of: sentence, phrases, agreement: agreement ?? context.agreement).map { (sentence, $0) }
        }
    }

    /// The kind of group a sentence says follows up the agreement, and the word that names it: the
    /// subject before the follow-up word, with only small words between ("Arbetsgruppen ska varje år
    /// följa upp överenskommelsen", "… ansvarar för uppföljningen"), or the agent after it ("följs upp
    /// av arbetsgruppen"). Nil when the sentence is not about the agreement or the cooperation, turns
    /// it around, or also names the kind of group the front matter gives: "Arbetsgruppen följer upp
    /// överenskommelsen tillsammans med styrgruppen", "Arbetsgruppen bereder uppföljningen" say no other owner.
    static func followUpSubject(of sentence: Sentence, _ phrases: TextContradictions, agreement: Agreement) -> (index: Int, kind: GroupKind)? {
        let words = sentence.words
        guard let verb = phrases.followUpWords.compactMap({ saidMatch($0, sentence, phrases)?.lowerBound }).min(),
              speaksOfTheAgreementsFollowUp(sentence, at: verb) else { return nil }
        // The places the subject is looked for below: back from the verb over linking words, after each
        // "av" after it, and right after the verb. When none of their words may name a group, none is found
        // there: the kinds of the sentence's other words are not worked out.
        var places: [Int] = []
        var back = verb - 1
        while back >= 0, verb - back <= 5 {
            places.append(back)
            guard followUpLinkingWords.contains(words[back]) || words[back].hasPrefix("overenskommelse") else { break }
            back -= 1
        }
        let after = (verb + 1)..<max(verb + 1, min(words.count - 1, verb + 6))
        places += after.filter { words[$0] == "av" }.map { $0 + 1 }
        if verb > 0, verb + 1 < words.count { places.append(verb + 1) }
        guard places.contains(where: { groupKind(words[$0]) != nil || agreement.mayNameGroup(words[$0]) }) else { return nil }
        let kinds = groupKinds(in: sentence, agreement: agreement)
        guard let owner = agreement.followUp?.owner.flatMap({ agreement.group(named: $0.value)?.kind?.value }),
              !kinds.values.contains(owner) else { return nil }
        var index = verb - 1
        while index >= 0, verb - index <= 5 {
            if let kind = kinds[index] { return (index, kind) }
            guard followUpLinkingWords.contains(words[index]) || words[index].hasPrefix("overenskommelse") else { break }
            index -= 1
        }
        // "av" and the group after it: none when the follow-up word ends the sentence.
        for index in after where words[index] == "av" {
            if let kind = kinds[index + 1] { return (index + 1, kind) }
        }
        // "Vart annat år går ledningsgruppen igenom …": the subject right after the verb, the clause inverted.
        if verb > 0, verb + 1 < words.count, let kind = kinds[verb + 1] { return (verb + 1, kind) }
        return nil
    }

    /// Whether a follow-up word (at `verb`) is the agreement's: the sentence names the agreement or the
    /// cooperation, or, under a heading of follow-up, it is "uppföljningen" with no other object ("Arbetsgruppen
    /// ansvarar för uppföljningen", not "… uppföljningen av ärendet").
    static func speaksOfTheAgreementsFollowUp(_ sentence: Sentence, at verb: Int) -> Bool {
        let words = sentence.words
        if words.contains(where: { $0.hasPrefix("overenskommelse") || $0.hasPrefix("samverk") }) { return true }
        guard words[verb] == "uppfoljningen", sentence.headings.last?.contains(where: { $0.hasPrefix("uppfoljning") || $0.hasPrefix("utvardering") }) == true else { return false }
        return verb + 1 >= words.count || !["av", "for", "pa"].contains(words[verb + 1])
    }

    /// Words that may stand between a group and the follow-up it does: modals, "ansvarar för (att)", times.
    private static let followUpLinkingWords: Set<String> = [
        "ska", "skall", "har", "ansvarar", "ansvara", "for", "att", "den", "det", "arlig", "arligt", "arliga", "arligen", "varje", "ar", "gang", "per",
        "en", "minst", "gemensamt", "aven", "ocksa", "sedan", "darefter", "gor", "genomfor", "sin",
    ]

    /// How the front matter's follow-up period is written in the text: "minst en gång per år".
    /// The sentences that name the individforum's convener by a role without mandate ("den handläggare som
    /// har ärendet"), with the manager's word to write in its place, in the text's form ("handläggaren" →
    /// "enhetschefen"): what changes in the text with BUS022's `roll:`.
    static func staffConvenerWording(manager: String, in context: RuleContext) -> [(said: String, word: String, line: Int)] {
        let phrases = context.ruleSet.contradictions, roles = context.ruleSet.mandateRoles
        return context.sentences(mayHold: phrases.forumMeetingWords + [calling])
            .filter { speaks(of: phrases.forumWords, $0) || continuesParagraph(about: phrases.forumWords, $0, in: context) }
            .compactMap { sentence in
                guard let named = convener(in: sentence, context: context), let role = named.role, !ConvenerMandateRule.isManager(role, roles: roles) else { return nil }
                let folded = role.folded()
                let isDefinite = phrases.staffRoles.contains { staff in ["n", "en"].contains { folded.hasSuffix(staff + $0) } }
                let word = isDefinite ? definite(manager) : manager
                return (role, named.words.lowerBound == 0 ? word.capitalizedFirst : word.lowercased(), sentence.location.line)
            }
    }

    /// The sentences about the individforum: naming it or under its heading, and "Individforum
    /// sammankallas vid behov av … Mötet ska hållas inom tre veckor": the sentence right after one about
    /// the forum, in its paragraph.
    static func forumSentences(in context: RuleContext) -> [Sentence] {
        let phrases = context.ruleSet.contradictions
        return context.sentences(mayHold: phrases.forumMeetingWords).filter {
            speaks(of: phrases.forumWords, $0) || continuesParagraph(about: phrases.forumWords, $0, in: context)
        }
    }

    /// Each sentence about the individforum's meeting with the longest deadline it gives ("inom två veckor,
    /// dock senast tre veckor om ett lov infaller"), in days, and its own words ("inom 14 arbetsdagar", not
    /// the 20 calendar days they come to).
    static func statedForumDeadlines(in context: RuleContext) -> [(sentence: Sentence, days: Int, said: String)] {
        let meeting = context.ruleSet.contradictions.forumMeetingWords
        return forumSentences(in: context).filter { sentence in meeting.contains(where: sentence.says) }.compactMap { sentence in
            guard let (days, words) = FrequencyPhrase.deadlines(in: sentence.words).filter({ !isAnotherDeadline($0.words, in: sentence.words) })
                    .max(by: { $0.days < $1.days }) else { return nil }
            let said = sentence.original(words, in: context.source)
            return said.isEmpty ? nil : (sentence, days, said)
        }
    }

    /// The text's words that say the agreement is followed up less often than `perYear` times a year, and
    /// their sentences: what changes with `uppföljning.per`, or BUS023 finds them next.
    static func statedFollowUps(below perYear: Double, in context: RuleContext) -> [(sentence: Sentence, said: String)] {
        let words = context.present(context.ruleSet.contradictions.followUpWords)
        return context.sentences(mayHold: words).filter { sentence in words.contains(where: sentence.says) }.compactMap { sentence in
            guard let match = FrequencyPhrase.cadenceMatch(in: sentence.words[...]), Double(match.times) * match.interval.perYear < perYear else { return nil }
            return (sentence, sentence.original(match.words, in: context.source))
        }
    }

    static func followUpWording(_ period: Interval) -> String {
        period.every > 1 ? "minst en gång \(period.text)" : CadenceWording.atLeast(1, per: period.period).sv
    }

    /// The first cadence of the words that is not a chair's rotation ("… och ordförandeskapet växlar
    /// varje år", "… växlar mellan kommun och region varje år" say nothing of how often the group meets).
    static func meetingCadence(in words: ArraySlice<String>) -> (times: Int, interval: Interval, words: ClosedRange<Int>)? {
        var rest = words
        while let match = FrequencyPhrase.cadenceMatch(in: rest) {
            let before = words[max(words.startIndex, match.words.lowerBound - 6)..<match.words.lowerBound]
            if !before.contains(where: { word in ["vaxl", "roter", "alterner", "byts", "turas"].contains { word.hasPrefix($0) } }) { return match }
            rest = words[(match.words.upperBound + 1)...]
        }
        return nil
    }

    /// The parts of a sentence that each say how one group meets: one per meeting word, from where the
    /// previous one ends (or the group it names) to where the next one's starts. "Styrgruppen, som möts
    /// vid behov, och arbetsgruppen, som möts varje månad" is two.
    static func meetingClauses(of sentence: Sentence, meetingWords: [StemPhrase], agreement: Agreement) -> [(kind: GroupKind, words: ArraySlice<String>)] {
        let words = sentence.words
        let kinds = groupKinds(in: sentence, agreement: agreement)
        let verbs = words.indices.filter { index in meetingWords.contains { $0.matchRange(in: words[index...])?.lowerBound == index } }
        guard !verbs.isEmpty else { return [] }
        let subjects: [(index: Int?, kind: GroupKind?)] = verbs.enumerated().map { position, verb in
            let window = max(0, verb - 4)...min(words.count - 1, verb + 4)
            let named = window.compactMap { index in kinds[index].map { (index, $0) } }
            if let nearest = named.min(by: { abs($0.0 - verb) < abs($1.0 - verb) }) { return (nearest.0, nearest.1) }
            let from = position > 0 ? verbs[position - 1] + 1 : 0
            if let subject = Self.onlySubject(kinds, in: from..<verb) { return (subject.index, subject.kind) }
            return (nil, Self.headingKind(of: sentence, agreement: agreement))
        }
        var starts = [0]
        for position in verbs.indices.dropFirst() {
            let previous = verbs[position - 1], subject = subjects[position].index ?? verbs[position]
            starts.append(subject > previous ? min(subject, verbs[position]) : previous + 1)
        }
        return verbs.indices.flatMap { position -> [(kind: GroupKind, words: ArraySlice<String>)] in
            guard let kind = subjects[position].kind else { return [] }
            let end = position + 1 < starts.count ? starts[position + 1] : words.count
            return Self.elliptic(kind, words[starts[position]..<max(end, starts[position])], after: verbs[position], kinds: kinds)
        }
    }

    /// A clause cut where another kind of group takes the verb over without repeating it ("Styrgruppen
    /// sammanträder vid behov och arbetsgruppen minst en gång per termin", "… minst en gång per termin,
    /// arbetsgruppen när den behövs"): after "och", "medan", "men" or "samt", or after the clause has said
    /// its cadence. Each part with its own group.
    private static func elliptic(_ kind: GroupKind, _ clause: ArraySlice<String>, after verb: Int, kinds: [Int: GroupKind]) -> [(kind: GroupKind, words: ArraySlice<String>)] {
        var parts: [(kind: GroupKind, words: ArraySlice<String>)] = []
        var current = (kind: kind, start: clause.startIndex)
        for index in clause.indices where index > verb + 1 {
            guard let other = kinds[index], other != current.kind else { continue }
            let before = clause[current.start..<index]
            guard ["och", "medan", "men", "samt"].contains(clause[index - 1]) || meetingCadence(in: before) != nil else { continue }
            parts.append((current.kind, before))
            current = (other, index)
        }
        parts.append((current.kind, clause[current.start...]))
        return parts
    }

    /// Which kind of group a sentence says meets: the group named nearest the meeting word (within four
    /// words), or — when it says "gruppen" or names none — the group its heading names.
    static func meetingSubject(of sentence: Sentence, meetingWords: [StemPhrase], agreement: Agreement) -> GroupKind? {
        let words = sentence.words
        guard let verb = meetingWords.compactMap({ sentence.match($0)?.lowerBound }).min() else { return nil }
        let window = max(0, verb - 4)...min(words.count - 1, verb + 4)
        let kinds = groupKinds(in: sentence, agreement: agreement)
        let named = window.compactMap { index in kinds[index].map { (index, $0) } }
        if let nearest = named.min(by: { abs($0.0 - verb) < abs($1.0 - verb) }) { return nearest.1 }
        if let subject = onlySubject(kinds, in: 0..<verb) { return subject.kind }
        return headingKind(of: sentence, agreement: agreement)
    }

    /// The group a clause is about when none is named near its meeting word: the one kind of group named
    /// before it ("Ledningsgruppen består av chefer med mandat och träffas en gång per år"); nil when
    /// it names none or two kinds.
    static func onlySubject(_ kinds: [Int: GroupKind], in range: Range<Int>) -> (index: Int, kind: GroupKind)? {
        let named = kinds.filter { range.contains($0.key) }
        guard let first = named.min(by: { $0.key < $1.key }), Set(named.values).count == 1 else { return nil }
        return (first.key, first.value)
    }

    /// The kind of group the nearest heading above a sentence names, by its kind's word or the agreement's
    /// name for it ("### Ledningsgruppen" for a group named "BUS-ledningsgrupp Järfälla").
    static func headingKind(of sentence: Sentence, agreement: Agreement) -> GroupKind? {
        sentence.headings.reversed().lazy.compactMap { heading in
            agreement.groupNames(in: heading).first?.group.kind?.value ?? heading.lazy.compactMap(Self.groupKind).first
        }.first
    }

    static func groupKind(_ word: String) -> GroupKind? {
        foldedGroupKinds.first { word.hasPrefix($0.word) }?.kind
    }

    /// Each kind with its word folded, as the words of sentences are: folded once, not for every word read.
    private static let foldedGroupKinds = GroupKind.allCases.map { (kind: $0, word: $0.rawValue.folded()) }

    /// The kind of group each word of a sentence names: by its kind's word ("styrgruppen"), or by the
    /// name the agreement gives one of its groups ("BUS-gruppen", "ledningsgruppen för BUS" for a group
    /// named "BUS ledningsgrupp Sundbyberg"), the whole name at its first word. The agreement's own name
    /// wins over a kind's word: "Samrådsgruppen" is the working group an agreement names so.
    static func groupKinds(in sentence: Sentence, agreement: Agreement) -> [Int: GroupKind] {
        var kinds: [Int: GroupKind] = [:]
        for (index, word) in sentence.words.enumerated() { kinds[index] = groupKind(word) }
        for (index, group) in agreement.groupNames(in: sentence.words) {
            if let kind = group.kind?.value { kinds[index] = kind }
        }
        return kinds
    }

    /// Whether a sentence, or else the heading it stands under, speaks of something: a sentence that
    /// names another group speaks of that one, not of its heading's.
    /// "Individforum samlas inom två veckor. Kallelse skickas av …": a sentence that names no group
    /// speaks of the group the sentence right before it, in the same paragraph, names.
    static func continuesParagraph(about names: [StemPhrase], _ sentence: Sentence, in context: RuleContext) -> Bool {
        guard !sentence.words.contains(where: isGroupWord),
              let index = context.sentences.firstIndex(where: { $0.location == sentence.location }), index > 0 else { return false }
        let previous = context.sentences[index - 1]
        return previous.lines.upperBound >= sentence.lines.lowerBound - 1 && previous.headings == sentence.headings
            && names.contains(where: previous.says)
    }

    /// A word that names a group of any kind: "styrgruppen", "individforum".
    static func isGroupWord(_ word: String) -> Bool {
        ["styrgrupp", "arbetsgrupp", "individforum", "samradsgrupp", "behandlingskonferens"].contains { word.hasPrefix($0) }
    }

    static func speaks(of names: [StemPhrase], _ sentence: Sentence) -> Bool {
        if names.contains(where: sentence.says) { return true }
        if sentence.words.contains(where: isGroupWord) { return false }
        guard let heading = sentence.headings.last else { return false }
        return names.contains { $0.matches(heading) }
    }
}

// MARK: - Messages

extension LocalizedText {
    fileprivate static func textSays(_ text: LocalizedText, frontMatter key: String) -> LocalizedText {
        LocalizedText(sv: "texten säger \(text.sv), men YAML-huvudet säger `\(key)`", en: "the text says \(text.en), but the front matter says `\(key)`")
    }

    fileprivate static func validUntil(_ words: String) -> LocalizedText {
        LocalizedText(sv: "att överenskommelsen gäller ”\(words)”", en: "the agreement is valid \"\(words)\"")
    }

    /// Either change makes them agree: the front matter's `till:`, or the sentence's words.
    fileprivate static func writeUntil(_ until: String, orInText text: String, insteadOf said: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `till: \(until)` under `giltighet` i YAML-huvudet, eller ”\(text)” i stället för ”\(said)” i meningen.",
                      en: "Write `till: \(until)` under `giltighet` in the front matter, or \"\(text)\" instead of \"\(said)\" in the sentence.")
    }

    fileprivate static let oralConsent = LocalizedText(sv: "att muntligt samtycke räcker", en: "that oral consent will do")
    fileprivate static let noMinutes = LocalizedText(sv: "att inget protokoll förs vid individforum", en: "that no minutes are kept at the individforum")
    fileprivate static let minutesOnTemplate = LocalizedText(sv: "att protokoll förs enligt den fasta mallen vid varje individforum",
                                                             en: "that minutes are kept on the fixed template at every individforum")
    fileprivate static func convenedBy(_ words: String) -> LocalizedText {
        LocalizedText(sv: "att individforum sammankallas av ”\(words)”", en: "the individforum is convened by \"\(words)\"")
    }

    fileprivate static func textSaysNoConvener(_ text: LocalizedText, forum: String) -> LocalizedText {
        LocalizedText(sv: "texten säger \(text.sv), men YAML-huvudet anger ingen `sammankallande` för `\(forum)`",
                      en: "the text says \(text.en), but the front matter gives no `sammankallande` for `\(forum)`")
    }

    /// The line to write, or one of the lines when the text's words name several parties; the text is
    /// what is signed, so it is the front matter that follows it.
    fileprivate static func writeConvener(_ lines: [String], forum: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `\(lines.joined(separator: "` eller `"))` i gruppen `\(forum)` i YAML-huvudet, så att det säger samma sak som texten.",
                      en: "Write `\(lines.joined(separator: "` or `"))` in the group `\(forum)` in the front matter, so that it says what the text says.")
    }

    /// The role the text names has no mandate: the front matter takes the manager, and the text too.
    fileprivate static func writeConvener(_ lines: [String], forum: String, andInText role: (manager: String, said: String)) -> LocalizedText {
        LocalizedText(sv: "Skriv `\(lines.joined(separator: "` eller `"))` i gruppen `\(forum)` i YAML-huvudet och ”\(role.manager)” i stället för ”\(role.said)” i meningen: den som sammankallar individforum ska vara en chef med mandat.",
                      en: "Write `\(lines.joined(separator: "` or `"))` in the group `\(forum)` in the front matter, and \"\(role.manager)\" instead of \"\(role.said)\" in the sentence: the individforum's convener must be a manager with mandate.")
    }

    /// A manager's role in the text goes into the front matter.
    fileprivate static func writeRole(_ role: String, forum: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `roll: \(role)` i `sammankallande` i gruppen `\(forum)` i YAML-huvudet, så att det säger samma sak som texten.",
                      en: "Write `roll: \(role)` in `sammankallande` of the group `\(forum)` in the front matter, so that it says what the text says.")
    }

    /// A role without mandate in the text gives way to the front matter's manager.
    fileprivate static func writeManager(_ role: (manager: String, said: String)) -> LocalizedText {
        LocalizedText(sv: "Skriv ”\(role.manager)” i stället för ”\(role.said)” i meningen: den som sammankallar individforum ska vara en chef med mandat.",
                      en: "Write \"\(role.manager)\" instead of \"\(role.said)\" in the sentence: the individforum's convener must be a manager with mandate.")
    }

    fileprivate static let withoutConsent = LocalizedText(sv: "att ett ärende kan lyftas utan samtycke", en: "that a case may be raised without consent")

    /// Following it, the sentence asks for written consent or raises the case anonymised: both pass.
    fileprivate static let raiseWithWrittenConsent = LocalizedText(
        sv: "Skriv om meningen så att ärendet lyfts med skriftligt samtycke för tillfället, eller utan samtycke bara avidentifierat: regelverket kräver skriftligt samtycke när sekretess bryts.",
        en: "Rewrite the sentence so that the case is raised with written consent for the occasion, or without consent only anonymised (avidentifierat): the rule set requires written consent when secrecy is broken.")
    /// The modal as the text writes it: "bör" is not "kan".
    fileprivate static func schoolMay(_ modal: String) -> LocalizedText {
        let english = modal.hasPrefix("bör") ? "should" : "may"
        return LocalizedText(sv: "att skolan ”\(modal)” kalla till SIP", en: "the school \"\(english)\" call a SIP")
    }
    fileprivate static let principalDeviationsElsewhere = LocalizedText(
        sv: "att frågor av principiell karaktär inte går till mottagaren", en: "questions of a principal nature do not go to the receiver")

    fileprivate static func sendPrincipalDeviations(to receiver: String) -> LocalizedText {
        LocalizedText(sv: "Skriv om meningen så att den säger att frågor av principiell karaktär skickas på avvikelseblanketten till \(receiver).",
                      en: "Rewrite the sentence to say that questions of a principal nature are sent on the deviation form to \(receiver).")
    }

    fileprivate static let schoolNeedNot = LocalizedText(sv: "att skolan inte behöver kalla till SIP", en: "the school need not call a SIP")
    fileprivate static let schoolDecides = LocalizedText(sv: "att skolan själv avgör om den kallar till SIP", en: "the school decides whether to call a SIP")

    /// The school's words in Swedish in both languages: the agreement is Swedish. No requirement is
    /// claimed: whether the school shall call is the agreement's own choice.
    fileprivate static func writeShall(_ shall: String, insteadOf said: String) -> LocalizedText {
        LocalizedText(sv: "Skriv ”\(shall)” i stället för ”\(said)”: texten ska säga samma sak som YAML-huvudet (`skolan: ska`).",
                      en: "Write \"\(shall)\" instead of \"\(said)\": the text must say what the front matter says (`skolan: ska`).")
    }
    fileprivate static func followedUpBy(_ kind: GroupKind) -> LocalizedText {
        LocalizedText(sv: "att \(kind.definite) följer upp överenskommelsen", en: "the \(kind.english) follows up the agreement")
    }

    /// Either change makes them agree: the owner in the front matter, or the group the sentence names.
    fileprivate static func writeOwner(_ id: String, orInText word: String, insteadOf said: String) -> LocalizedText {
        LocalizedText(sv: "Skriv `ansvarig: \(id)` under `uppföljning` i YAML-huvudet, eller ”\(word)” i stället för ”\(said)” i meningen.",
                      en: "Write `ansvarig: \(id)` under `uppföljning` in the front matter, or \"\(word)\" instead of \"\(said)\" in the sentence.")
    }

    /// The group the text names may not own the follow-up (or is not one group of the agreement): the sentence changes.
    fileprivate static func writeOwner(_ word: String, insteadOf said: String, owner: String) -> LocalizedText {
        LocalizedText(sv: "Skriv ”\(word)” i stället för ”\(said)” i meningen, så att den säger samma sak som YAML-huvudet (`ansvarig: \(owner)`).",
                      en: "Write \"\(word)\" instead of \"\(said)\" in the sentence, so that it says what the front matter says (`ansvarig: \(owner)`).")
    }

    fileprivate static func followedUpLessOften(_ words: String) -> LocalizedText {
        LocalizedText(sv: "att överenskommelsen följs upp ”\(words)”", en: "the agreement is followed up \"\(words)\"")
    }

    fileprivate static func forumMeetsOnly(_ words: String) -> LocalizedText {
        LocalizedText(sv: "att individforum möts ”\(words)”, så att ett ärende kan vänta till nästa möte", en: "the individforum meets \"\(words)\", so that a case may wait for the next meeting")
    }

    fileprivate static func forumWaitsFor(_ words: String) -> LocalizedText {
        LocalizedText(sv: "att ett ärende tas upp på individforums ”\(words)”, som kan ligga längre fram än fristen", en: "a case is taken up at the individforum's \"\(words)\", which may be further off than the deadline")
    }

    fileprivate static func forumWithin(_ words: String) -> LocalizedText {
        LocalizedText(sv: "att individforum hålls ”\(words)”", en: "the individforum meets \"\(words)\"")
    }

    fileprivate static func meetsLessOften(_ kind: GroupKind, _ words: String) -> LocalizedText {
        LocalizedText(sv: "att \(kind.rawValue)en möts ”\(words)”", en: "the \(kind.english) meets \"\(words)\"")
    }

    fileprivate static func followedUpOnly(_ words: String) -> LocalizedText {
        LocalizedText(sv: "att överenskommelsen följs upp bara ”\(words)”", en: "the agreement is followed up only \"\(words)\"")
    }

    fileprivate static func meetsOnlyWhenNeeded(_ kind: GroupKind) -> LocalizedText {
        LocalizedText(sv: "att \(kind.rawValue)en möts bara vid behov", en: "the \(kind.english) meets only when needed")
    }

    /// The words to put in the sentence, in Swedish in both languages: the agreement is Swedish.
    fileprivate static func write(_ cadence: String, insteadOf said: String) -> LocalizedText {
        LocalizedText(sv: "Skriv ”\(cadence)” i stället för ”\(said)”.", en: "Write \"\(cadence)\" instead of \"\(said)\".")
    }

    fileprivate static let rewriteOrChange = LocalizedText(
        sv: "Skriv om meningen så att den säger samma sak som huvudet, eller ändra huvudet så att det säger det som gäller.",
        en: "Rewrite the sentence to say what the front matter says, or change the front matter to what applies.")

    /// The hint when the front matter is at the rule set's minimum: only the sentence can change.
    fileprivate static func rewrite(toRequire required: LocalizedText) -> LocalizedText {
        LocalizedText(sv: "Skriv om meningen: regelverket kräver \(required.sv).", en: "Rewrite the sentence: the rule set requires \(required.en).")
    }

    fileprivate static let writtenConsent = LocalizedText(sv: "skriftligt samtycke", en: "written consent")

    fileprivate static func followUp(per period: Period) -> LocalizedText {
        LocalizedText(sv: "uppföljning minst en gång per \(period.rawValue)", en: "a follow-up at least once per \(CadenceWording.englishName(period))")
    }

    fileprivate static func forumDeadline(_ days: Int) -> LocalizedText {
        LocalizedText(sv: "att individforum hålls inom \(days) dagar", en: "that the individforum meets within \(days) days")
    }
}
