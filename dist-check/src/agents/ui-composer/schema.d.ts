import { z } from 'zod';
/**
 * The landing-page UI definition `ui.compose` produces: the one contract between the
 * agent and whatever renders the page. Documented in `docs/ui-definition.md`; a
 * renderer should refuse a `version` it does not know and skip section types it does
 * not know.
 */
/** The version of the format this schema describes. */
export declare const UI_DEFINITION_VERSION = 1;
/** Section and card ids: lower-case words joined by dashes, unique within a page. */
export declare const UI_ID: RegExp;
/** The page's banner: its heading and one line under it. */
export declare const heroSectionSchema: z.ZodObject<{
    type: z.ZodLiteral<"hero">;
    id: z.ZodString;
    heading: z.ZodString;
    subheading: z.ZodOptional<z.ZodString>;
}, z.core.$strict>;
/** One story: a title linking to `href`, a short body and tags. */
export declare const cardSchema: z.ZodObject<{
    id: z.ZodString;
    title: z.ZodString;
    body: z.ZodString;
    href: z.ZodString;
    tags: z.ZodArray<z.ZodString>;
}, z.core.$strict>;
/** A set of cards, shown as a grid (several per row) or a list (one per row). */
export declare const cardsSectionSchema: z.ZodObject<{
    type: z.ZodLiteral<"cards">;
    id: z.ZodString;
    heading: z.ZodOptional<z.ZodString>;
    layout: z.ZodEnum<{
        grid: "grid";
        list: "list";
    }>;
    cards: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        title: z.ZodString;
        body: z.ZodString;
        href: z.ZodString;
        tags: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>;
/** A message to the reader, e.g. that some stories could not be prepared. */
export declare const noticeSectionSchema: z.ZodObject<{
    type: z.ZodLiteral<"notice">;
    id: z.ZodString;
    level: z.ZodEnum<{
        error: "error";
        info: "info";
        warning: "warning";
    }>;
    text: z.ZodString;
    details: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strict>;
/** Any section, told apart by `type`. */
export declare const sectionSchema: z.ZodDiscriminatedUnion<[z.ZodObject<{
    type: z.ZodLiteral<"hero">;
    id: z.ZodString;
    heading: z.ZodString;
    subheading: z.ZodOptional<z.ZodString>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"cards">;
    id: z.ZodString;
    heading: z.ZodOptional<z.ZodString>;
    layout: z.ZodEnum<{
        grid: "grid";
        list: "list";
    }>;
    cards: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        title: z.ZodString;
        body: z.ZodString;
        href: z.ZodString;
        tags: z.ZodArray<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>, z.ZodObject<{
    type: z.ZodLiteral<"notice">;
    id: z.ZodString;
    level: z.ZodEnum<{
        error: "error";
        info: "info";
        warning: "warning";
    }>;
    text: z.ZodString;
    details: z.ZodOptional<z.ZodArray<z.ZodString>>;
}, z.core.$strict>], "type">;
/** A whole landing page. It always shows at least one card: an empty page is never valid. */
export declare const uiDefinitionSchema: z.ZodObject<{
    version: z.ZodLiteral<1>;
    kind: z.ZodLiteral<"landing-page">;
    title: z.ZodString;
    sections: z.ZodArray<z.ZodDiscriminatedUnion<[z.ZodObject<{
        type: z.ZodLiteral<"hero">;
        id: z.ZodString;
        heading: z.ZodString;
        subheading: z.ZodOptional<z.ZodString>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"cards">;
        id: z.ZodString;
        heading: z.ZodOptional<z.ZodString>;
        layout: z.ZodEnum<{
            grid: "grid";
            list: "list";
        }>;
        cards: z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            title: z.ZodString;
            body: z.ZodString;
            href: z.ZodString;
            tags: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>;
    }, z.core.$strict>, z.ZodObject<{
        type: z.ZodLiteral<"notice">;
        id: z.ZodString;
        level: z.ZodEnum<{
            error: "error";
            info: "info";
            warning: "warning";
        }>;
        text: z.ZodString;
        details: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>], "type">>;
}, z.core.$strict>;
export type UiDefinition = z.output<typeof uiDefinitionSchema>;
export type UiSection = z.output<typeof sectionSchema>;
export type UiCard = z.output<typeof cardSchema>;
