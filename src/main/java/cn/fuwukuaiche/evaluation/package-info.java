/**
 * Evaluations (考评): 好差评 ratings, rectification of bad ones, appeals, versioned scoring schemes,
 * the monthly assessment flow and rankings. Rules ({@code control.scheme}) are plain Java.
 */
package cn.fuwukuaiche.evaluation;
