/// The element groups the tree builder tests membership of, each declared once as a bit of a
/// per-name table.
///
/// The members, with the spec sections they come from, are listed in `Scripts/generate_names.py`,
/// which writes the groups and the table into `Generated/ElementCategory+Membership.swift`.
enum ElementSets {}
