package org.peel.server.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller of officers' pages, in whichever module it lives: the layout's model ({@code user}, {@code may},
 * {@code requestId}) and the plain error pages reach it. JSON API controllers ({@code @RestController}) are not
 * page controllers, so the layout's work (such as reading the user's account) never runs on an API call.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface OfficerPage {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
