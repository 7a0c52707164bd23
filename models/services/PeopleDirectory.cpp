#include "PeopleDirectory.h"

PeopleDirectory::PeopleDirectory(Database &database)
    : m_database(database) {}

PeopleDirectory::Listing PeopleDirectory::listing() const {
    const PeopleQuery query(m_database);
    Listing listing;
    listing.teams = query.teams();
    listing.practitioners = query.practitioners();
    return listing;
}
