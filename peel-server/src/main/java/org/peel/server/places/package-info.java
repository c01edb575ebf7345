/**
 * Places and things: locations (UK addresses and places without one) with warnings, vehicles, phones and property
 * items, the links between POLE records (people, objects, locations, events) with a role and the time they held,
 * and the network view of what is linked within two steps. The API: {@link org.peel.server.places.Locations},
 * {@link org.peel.server.places.Things}, {@link org.peel.server.places.Links} and the records they return. Records
 * of other modules are named by {@link org.peel.server.places.RecordKind} and id and checked through those modules'
 * lookups. The officers' pages live in {@code places.pages} (templates under {@code templates/places/}); places
 * gives the person page its links ({@link org.peel.server.people.PersonLinkSource}), the home search box its
 * references ({@link org.peel.server.search.ReferenceFinder}), the crime pages the warnings at an address
 * ({@link org.peel.server.crime.LocationWarnings}), and every module holding an address the location it resolves to
 * ({@link org.peel.server.platform.AddressLocations}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Places and things")
package org.peel.server.places;
