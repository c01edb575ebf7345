package org.peel.server.places.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.peel.server.access.Role;
import org.peel.server.platform.FieldErrors;
import org.peel.server.platform.InvalidInputException;
import org.peel.server.platform.RecordNotFoundException;
import org.peel.server.places.AlreadyEndedException;
import org.peel.server.places.Link;
import org.peel.server.places.Links;
import org.peel.server.places.Location;
import org.peel.server.places.Locations;
import org.peel.server.places.Network;
import org.peel.server.places.PlacesReferenceData;
import org.peel.server.places.PlacesRequests;
import org.peel.server.places.RecordKind;
import org.peel.server.places.Things;
import org.peel.server.web.FormAction;
import org.peel.server.web.FormErrors;
import org.peel.server.web.OfficerPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The places and things pages: find a location, vehicle or phone; record them; a location with its warnings; a
 * vehicle, phone or item of property with its links; link records and end links; and the network around any record,
 * drawn as SVG by the server and listed in tables with the same content. Every form posts to the places API types.
 */
@OfficerPage
class PlacesPages {

    private static final int LINKS_SHOWN = 200;

    private final Locations locations;
    private final Things things;
    private final Links links;
    private final PlacesReferenceData referenceData;

    PlacesPages(Locations locations, Things things, Links links, PlacesReferenceData referenceData) {
        this.locations = locations;
        this.things = things;
        this.links = links;
        this.referenceData = referenceData;
    }

    @ModelAttribute("nav")
    String nav() {
        return "places";
    }

    @GetMapping("/places")
    @PreAuthorize(Role.READ_RECORDS)
    String find(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("locations", locations.search(q, 50));
            model.addAttribute("vehicles", things.searchVehicles(q, 50));
            model.addAttribute("phones", things.searchPhones(q, 50));
            model.addAttribute("property", things.searchPropertyBySerial(q, 50));
        }
        return "places/find";
    }

    @GetMapping({"/locations/new", "/vehicles/new", "/phones/new", "/property/new"})
    @PreAuthorize(Role.WRITE_RECORDS)
    String newRecord(HttpServletRequest request, Model model) {
        return recordForm(model, kindOf(request), Map.of(), FormErrors.none());
    }

    @PostMapping({"/locations/new", "/vehicles/new", "/phones/new", "/property/new"})
    @PreAuthorize(Role.WRITE_RECORDS)
    String record(HttpServletRequest request, @RequestParam Map<String, String> form, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        String kind = kindOf(request);
        List<FormErrors.Problem> problems = new ArrayList<>();
        Double latitude = number("latitude", form.get("latitude"), problems);
        Double longitude = number("longitude", form.get("longitude"), problems);
        return FormAction.run(model, response, problems, PlacesForms::label, () -> {
            String path = switch (kind) {
                case "locations" -> {
                    Location location = locations.record(new PlacesRequests.NewLocation(form.get("lines"),
                            form.get("town"), form.get("postcode"), form.get("uprn"), form.get("name"),
                            form.get("gridReference"), latitude, longitude));
                    yield "/locations/" + location.id();
                }
                case "vehicles" -> "/vehicles/" + things.recordVehicle(new PlacesRequests.NewVehicle(
                        form.get("registration"), form.get("make"), form.get("model"), form.get("colour"),
                        form.get("vin"))).id();
                case "phones" -> "/phones/" + things.recordPhone(new PlacesRequests.NewPhone(form.get("number"),
                        form.get("imei"), form.get("description"))).id();
                default -> "/property/" + things.recordPropertyItem(new PlacesRequests.NewPropertyItem(
                        form.get("description"), form.get("serialNumber"), form.get("category"))).id();
            };
            redirect.addFlashAttribute("notice", "Recorded.");
            return "redirect:" + path;
        }, errors -> recordForm(model, kind, form, errors));
    }

    @GetMapping("/locations/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    String location(@PathVariable long id, Model model) {
        return locationPage(model, locations.view(id), Map.of(), FormErrors.none(), null);
    }

    @PostMapping("/locations/{id}/warnings")
    @PreAuthorize(Role.WRITE_RECORDS)
    String addWarning(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) {
        return FormAction.run(model, response, List.of(), PlacesForms::label, () -> {
            try {
                locations.addWarning(id, new PlacesRequests.NewWarning(form.get("type"), form.get("startsOn"),
                        form.get("endsOn"), form.get("warningNote")));
            } catch (InvalidInputException refused) {
                // The link form on the same page has its own note field: the warning's is warningNote.
                throw new InvalidInputException(refused.errors().stream().map(error -> error.field().equals("note")
                        ? new org.peel.server.platform.FieldError("warningNote", error.message()) : error).toList());
            }
            redirect.addFlashAttribute("notice", "The warning is recorded.");
            return "redirect:/locations/" + id;
        }, errors -> locationPage(model, locations.find(id).orElseThrow(), form, errors, "warning"));
    }

    @PostMapping("/locations/{id}/warnings/{warningId}/end")
    @PreAuthorize(Role.WRITE_RECORDS)
    String endWarning(@PathVariable long id, @PathVariable long warningId, @RequestParam Map<String, String> form,
                      Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            return FormAction.run(model, response, List.of(), PlacesForms::label, () -> {
                locations.endWarning(id, warningId, new PlacesRequests.Ending(form.get("endsOn"), form.get("reason")));
                redirect.addFlashAttribute("notice", "The warning is ended.");
                return "redirect:/locations/" + id;
            }, errors -> locationPage(model, locations.find(id).orElseThrow(), form, errors, null));
        } catch (AlreadyEndedException ended) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", ended.getMessage());
            return locationPage(model, locations.find(id).orElseThrow(), Map.of(), FormErrors.none(), null);
        }
    }

    @GetMapping("/{kind:vehicles|phones|property}/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    String thing(@PathVariable String kind, @PathVariable long id, Model model) {
        return thingPage(model, kind, id, Map.of(), FormErrors.none());
    }

    @PostMapping("/links/new")
    @PreAuthorize(Role.WRITE_RECORDS)
    String link(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        RecordKind fromKind = RecordKind.fromSlug(form.get("fromKind"))
                .orElseThrow(() -> new RecordNotFoundException("record kind", form.get("fromKind")));
        long fromId = parseId(form.get("fromId"));
        List<FormErrors.Problem> problems = new ArrayList<>();
        Long toId = id("toId", form.get("toId"), problems);
        return FormAction.run(model, response, problems, PlacesForms::label, () -> {
            links.link(new PlacesRequests.NewLink(fromKind.name(), fromId, form.get("toKind"), toId,
                    form.get("role"), form.get("heldFrom"), form.get("heldTo"), form.get("note")));
            redirect.addFlashAttribute("notice", "The link is recorded.");
            return "redirect:" + pageOf(fromKind, fromId);
        }, errors -> recordPage(model, fromKind, fromId, form, errors));
    }

    @PostMapping("/links/{id}/end")
    @PreAuthorize(Role.WRITE_RECORDS)
    String endLink(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
                   RedirectAttributes redirect, HttpServletResponse response) {
        RecordKind fromKind = RecordKind.fromSlug(form.get("fromKind"))
                .orElseThrow(() -> new RecordNotFoundException("record kind", form.get("fromKind")));
        long fromId = parseId(form.get("fromId"));
        try {
            return FormAction.run(model, response, List.of(), PlacesForms::label, () -> {
                links.end(id, new PlacesRequests.Ending(form.get("endsOn"), form.get("reason")));
                redirect.addFlashAttribute("notice", "The link is ended. It stays on record as it was.");
                return "redirect:" + pageOf(fromKind, fromId);
            }, errors -> recordPage(model, fromKind, fromId, form, errors));
        } catch (AlreadyEndedException ended) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", ended.getMessage());
            return recordPage(model, fromKind, fromId, Map.of(), FormErrors.none());
        }
    }

    @GetMapping("/network/{kind}/{id}")
    @PreAuthorize(Role.READ_RECORDS)
    String network(@PathVariable String kind, @PathVariable long id,
                   @RequestParam(required = false, defaultValue = "2") String steps,
                   @RequestParam(required = false) List<String> role, @RequestParam(required = false) String on,
                   Model model, HttpServletResponse response) {
        RecordKind recordKind = RecordKind.fromSlug(kind)
                .orElseThrow(() -> new RecordNotFoundException("record kind", kind));
        List<FormErrors.Problem> problems = new ArrayList<>();
        FieldErrors check = new FieldErrors();
        LocalDate day = check.date("on", on, false);
        check.list().forEach(error -> problems.add(FormAction.problem(error)));
        int depth = "1".equals(steps) ? 1 : 2;
        List<String> roles = role == null ? List.of()
                : role.stream().filter(code -> referenceData.linkRole(code).isPresent()).toList();
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        Network network = links.network(recordKind, id, depth, roles, day);
        model.addAttribute("network", network);
        model.addAttribute("drawing", NetworkDrawing.of(network));
        Map<String, Network.Node> byKey = new LinkedHashMap<>();
        network.nodes().forEach(node -> byKey.put(node.key(), node));
        model.addAttribute("nodesByKey", byKey);
        model.addAttribute("roles", referenceData.linkRoles());
        Map<String, String> legend = new LinkedHashMap<>();
        for (RecordKind each : RecordKind.values()) {
            legend.put(each.title(), NetworkColours.of(each));
        }
        model.addAttribute("legend", legend);
        model.addAttribute("maxNodes", Network.MAX_NODES);
        model.addAttribute("errors", FormErrors.of(problems, PlacesForms::label));
        model.addAttribute("on", on);
        model.addAttribute("steps", depth);
        model.addAttribute("nav", "places");
        return "places/network";
    }

    /** The kind of record a form's address names: "/vehicles/new" records a vehicle. */
    private static String kindOf(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.substring(1, path.indexOf('/', 1));
    }

    private String recordForm(Model model, String kind, Map<String, String> values, FormErrors errors) {
        model.addAttribute("kind", kind);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("fields", switch (kind) {
            case "locations" -> PlacesForms.LOCATION;
            case "vehicles" -> PlacesForms.VEHICLE;
            case "phones" -> PlacesForms.PHONE;
            default -> PlacesForms.PROPERTY;
        });
        model.addAttribute("title", switch (kind) {
            case "locations" -> "Record a location";
            case "vehicles" -> "Record a vehicle";
            case "phones" -> "Record a phone";
            default -> "Record an item of property";
        });
        model.addAttribute("categories", referenceData.propertyCategories());
        return "places/new";
    }

    private String recordPage(Model model, RecordKind kind, long id, Map<String, String> values, FormErrors errors) {
        return switch (kind) {
            case LOCATION -> locationPage(model, locations.find(id).orElseThrow(
                    () -> new RecordNotFoundException("location", id)), values, errors, "link");
            case VEHICLE -> thingPage(model, "vehicles", id, values, errors);
            case PHONE -> thingPage(model, "phones", id, values, errors);
            case PROPERTY -> thingPage(model, "property", id, values, errors);
            default -> throw new RecordNotFoundException("record kind", kind.slug());
        };
    }

    private static String pageOf(RecordKind kind, long id) {
        return switch (kind) {
            case LOCATION -> "/locations/" + id;
            case VEHICLE -> "/vehicles/" + id;
            case PHONE -> "/phones/" + id;
            case PROPERTY -> "/property/" + id;
            default -> "/network/" + kind.slug() + "/" + id;
        };
    }

    private String locationPage(Model model, Location location, Map<String, String> values, FormErrors errors,
                                String openForm) {
        model.addAttribute("location", location);
        addLinks(model, RecordKind.LOCATION, location.id(), values, errors, openForm);
        model.addAttribute("warningTypes", referenceData.warningTypes());
        return "places/location";
    }

    private String thingPage(Model model, String kind, long id, Map<String, String> values,
                             FormErrors errors) {
        Map<String, String> facts = new LinkedHashMap<>();
        RecordKind recordKind;
        String title;
        switch (kind) {
            case "vehicles" -> {
                var vehicle = things.viewVehicle(id);
                recordKind = RecordKind.VEHICLE;
                title = "Vehicle " + vehicle.registration();
                facts.put("Registration", vehicle.registration());
                facts.put("Make", vehicle.make());
                facts.put("Model", vehicle.model());
                facts.put("Colour", vehicle.colour());
                facts.put("VIN", vehicle.vin());
            }
            case "phones" -> {
                var phone = things.viewPhone(id);
                recordKind = RecordKind.PHONE;
                title = "Phone " + phone.reference();
                facts.put("Number", phone.number());
                facts.put("IMEI", phone.imei());
                facts.put("Description", phone.description());
            }
            default -> {
                var item = things.viewPropertyItem(id);
                recordKind = RecordKind.PROPERTY;
                title = "Property " + item.reference();
                facts.put("Description", item.description());
                facts.put("Serial number", item.serialNumber());
                facts.put("Category", item.categoryTitle());
            }
        }
        facts.values().removeIf(value -> value == null || value.isBlank());
        model.addAttribute("title", title);
        model.addAttribute("facts", facts);
        addLinks(model, recordKind, id, values, errors, errors.any() ? "link" : null);
        return "places/thing";
    }

    private void addLinks(Model model, RecordKind kind, long id, Map<String, String> values, FormErrors errors,
                          String openForm) {
        List<Link> shown = links.linksOf(kind, id, LINKS_SHOWN + 1);
        model.addAttribute("recordKind", kind);
        model.addAttribute("recordId", id);
        model.addAttribute("links", shown.subList(0, Math.min(shown.size(), LINKS_SHOWN)));
        model.addAttribute("moreLinks", shown.size() > LINKS_SHOWN);
        model.addAttribute("self", kind.key(id));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("openForm", errors.any() ? openForm : null);
        model.addAttribute("roles", referenceData.linkRoles());
        model.addAttribute("kinds", RecordKind.values());
    }

    private static Double number(String field, String text, List<FormErrors.Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException bad) {
            problems.add(new FormErrors.Problem(field, "'" + text + "' is not a number"));
            return null;
        }
    }

    private static Long id(String field, String text, List<FormErrors.Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException bad) {
            problems.add(new FormErrors.Problem(field, "'" + text + "' is not a record number"));
            return null;
        }
    }

    private static long parseId(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException bad) {
            throw new InvalidInputException(List.of(new org.peel.server.platform.FieldError("fromId",
                    "is not a record number")));
        }
    }
}
