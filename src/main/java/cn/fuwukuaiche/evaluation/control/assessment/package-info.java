/**
 * The monthly sheet's rules in plain Java: the flow table ({@code AssessmentFlow}), who may do what
 * ({@code AssessmentScope}), which figures may be typed in, which evidence files are accepted, and how a sheet's
 * figures and the month's ratings become the scheme engine's input with a source for every line. No container,
 * no database, no Vaadin.
 */
package cn.fuwukuaiche.evaluation.control.assessment;
