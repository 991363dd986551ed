import { Field, Float, InputType } from "type-graphql";

@InputType({
  description:
    "Conditions on one hyperparameter (HyperParameters.<name>). Every condition given must hold; give at least one. " +
    "The bounds compare as decimals: the gateway sends 3 as 3.0, because SageMaker truncates decimal " +
    "hyperparameters to integers when the bound is an integer.",
})
export class HyperParameterCondition {
  @Field(() => String, { description: "Hyperparameter name, such as learning_rate." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The hyperparameter's text equals this." })
  equals?: string | null;

  @Field(() => Float, { nullable: true, description: "The hyperparameter is a number greater than this." })
  gt?: number | null;

  @Field(() => Float, { nullable: true, description: "The hyperparameter is a number greater than or equal to this." })
  gte?: number | null;

  @Field(() => Float, { nullable: true, description: "The hyperparameter is a number less than this." })
  lt?: number | null;

  @Field(() => Float, { nullable: true, description: "The hyperparameter is a number less than or equal to this." })
  lte?: number | null;
}
