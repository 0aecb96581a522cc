import Configuration

/// What a console account is: the compliance office's auditor, a reviewer of one area, or
/// the admin. Proxmox's quarantine and Purview separate their consoles the same way.
package enum ConsoleRole: String, Sendable, CaseIterable, Codable {
    /// Sees lists, findings, reports and the audit trail; never a message's content; acts on nothing.
    case auditor
    /// Guidelines 3, 6 and 9: personal data, records, attachments, bulk.
    case privacyReviewer = "privacy-reviewer"
    /// Guideline 8: threats, self-harm, weapons, harassment; the district's safety team.
    case safetyReviewer = "safety-reviewer"
    /// Everything, users and bulk actions included.
    case admin

    /// The area a reviewer owns; nil for the roles that are not bound to one.
    package var area: ReviewArea? {
        switch self {
        case .privacyReviewer: .privacy
        case .safetyReviewer: .safety
        case .auditor, .admin: nil
        }
    }
}

/// What someone may try in the console.
package enum ConsoleAction: String, Sendable, CaseIterable {
    /// A hold in the queue list, its envelope and findings (redacted).
    case seeHold
    /// The held message's text (redacted values still), recorded with a reason.
    case readContent
    case release
    case delete
    /// Release or delete many at once.
    case actInBulk
    /// Change a safety alert's status, assignee or notes.
    case workAlert
    case seeReports
    case searchAudit
    case manageUsers
}

/// The permission table: role × action × the areas of the hold it is about.
package enum Permissions {
    /// Whether `role` may do `action` on something whose deciding findings fall in `areas`
    /// (empty for actions not about a hold: reports, audit, users). A hold with findings of
    /// several areas belongs to each of their reviewers.
    package static func allows(_ role: ConsoleRole, _ action: ConsoleAction, areas: Set<ReviewArea> = []) -> Bool {
        switch action {
        case .seeHold:
            switch role {
            case .admin, .auditor: true
            case .privacyReviewer, .safetyReviewer: role.area.map(areas.contains) ?? false
            }
        case .readContent, .release, .delete:
            switch role {
            case .admin: true
            case .auditor: false
            case .privacyReviewer, .safetyReviewer: role.area.map(areas.contains) ?? false
            }
        case .workAlert:
            role == .admin || (role == .safetyReviewer && areas.contains(.safety))
        case .actInBulk, .manageUsers:
            role == .admin
        case .seeReports:
            true
        case .searchAudit:
            role == .admin || role == .auditor
        }
    }
}
