import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

export enum TotalCountRelation {
  EXACT = "EqualTo",
  LOWER_BOUND = "GreaterThanOrEqualTo",
}

registerEnumType(TotalCountRelation, {
  name: "TotalCountRelation",
  description: "Whether a total is exact or a lower bound.",
  valuesConfig: {
    EXACT: { description: "The total is the exact number of matches." },
    LOWER_BOUND: { description: "At least this many jobs match; SageMaker stops counting past a cap." },
  },
});

@ObjectType({ description: "How many jobs match a search, as SageMaker reports it (TotalHits)." })
export class TotalCount {
  @Field(() => Int, { description: "Number of matching jobs, or its lower bound." })
  value!: number;

  @Field(() => TotalCountRelation, { description: "Whether value is exact or a lower bound." })
  relation!: TotalCountRelation;
}
